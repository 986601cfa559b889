using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.2.1.1 Operation Name Uniqueness: no two operations share a name.
/// https://spec.graphql.org/September2025/#sec-Operation-Name-Uniqueness
/// </summary>
public sealed class UniqueOperationNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Name is not { } name)
        {
            return;
        }

        if (_known.TryGetValue(name.Value, out var known))
        {
            context.ReportError($"There can be only one operation named \"{name.Value}\".", known, name);
        }
        else
        {
            _known[name.Value] = name;
        }
    }
}
