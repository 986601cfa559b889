using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.8.2 Variables Are Input Types: variables have scalar, enum or input object types.
/// https://spec.graphql.org/September2025/#sec-Variables-Are-Input-Types
/// </summary>
public sealed class VariablesAreInputTypesRule : ValidationRule
{
    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node)
    {
        if (context.TypeInfo.TypeFromSyntax(node.Type) is { IsInputType: false })
        {
            context.ReportError($"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{SyntaxPrinter.Print(node.Type)}\".", node.Type);
        }
    }
}
