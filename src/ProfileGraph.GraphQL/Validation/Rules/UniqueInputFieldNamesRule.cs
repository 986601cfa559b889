using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.6.3 Input Object Field Uniqueness: an input object literal gives each field once.
/// https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness
/// </summary>
public sealed class UniqueInputFieldNamesRule : ValidationRule
{
    public override void EnterObjectValue(ValidationContext context, ObjectValueNode node)
    {
        var fields = node.Fields;
        for (var i = 1; i < fields.Count; i++)
        {
            var name = fields[i].Name.Value;
            for (var j = 0; j < i; j++)
            {
                if (fields[j].Name.Value == name)
                {
                    context.ReportError($"There can be only one input field named \"{name}\".", fields[j].Name, fields[i].Name);
                    break;
                }
            }
        }
    }
}
