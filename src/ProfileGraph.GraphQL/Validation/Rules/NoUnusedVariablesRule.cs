using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.8.4 All Variables Used: every variable an operation defines is used, also through fragments.
/// https://spec.graphql.org/September2025/#sec-All-Variables-Used
/// </summary>
public sealed class NoUnusedVariablesRule : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is not OperationDefinitionNode operation || operation.VariableDefinitions.Count == 0)
            {
                continue;
            }

            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                used.Add(usage.Node.Name.Value);
            }

            foreach (var variable in operation.VariableDefinitions)
            {
                var name = variable.Variable.Name.Value;
                if (!used.Contains(name))
                {
                    var message = operation.Name is { } operationName
                        ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is never used.";
                    context.ReportError(message, variable);
                }
            }
        }
    }
}
