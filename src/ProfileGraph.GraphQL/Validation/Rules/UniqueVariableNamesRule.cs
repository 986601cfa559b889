using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.8.1 Variable Uniqueness: an operation defines each variable once.
/// https://spec.graphql.org/September2025/#sec-Variable-Uniqueness
/// </summary>
public sealed class UniqueVariableNamesRule : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        var definitions = node.VariableDefinitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            var name = definitions[i].Variable.Name.Value;
            var isFirst = true;
            for (var j = 0; j < i && isFirst; j++)
            {
                isFirst = definitions[j].Variable.Name.Value != name;
            }

            if (!isFirst)
            {
                continue;
            }

            List<SyntaxNode>? names = null;
            for (var j = i + 1; j < definitions.Count; j++)
            {
                if (definitions[j].Variable.Name.Value == name)
                {
                    names ??= [definitions[i].Variable.Name];
                    names.Add(definitions[j].Variable.Name);
                }
            }

            if (names is not null)
            {
                context.ReportError($"There can be only one variable named \"${name}\".", names);
            }
        }
    }
}
