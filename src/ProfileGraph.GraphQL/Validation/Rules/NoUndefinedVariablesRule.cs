using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.8.3 All Variable Uses Defined: every variable an operation uses, also through fragments, is defined by it.
/// https://spec.graphql.org/September2025/#sec-All-Variable-Uses-Defined
/// </summary>
public sealed class NoUndefinedVariablesRule : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            // Operations define a few variables: scan them, and hash only many.
            var definitions = operation.VariableDefinitions;
            HashSet<string>? defined = null;
            if (definitions.Count > 8)
            {
                defined = new HashSet<string>(StringComparer.Ordinal);
                foreach (var variable in definitions)
                {
                    defined.Add(variable.Variable.Name.Value);
                }
            }

            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (!(defined?.Contains(name) ?? IsDefined(definitions, name)))
                {
                    var message = operation.Name is { } operationName
                        ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is not defined.";
                    context.ReportError(message, usage.Node, operation);
                }
            }
        }
    }

    private static bool IsDefined(IReadOnlyList<VariableDefinitionNode> definitions, string name)
    {
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i].Variable.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
