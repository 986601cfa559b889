using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.1.1 Executable Definitions: a document to execute holds only operations and fragments.
/// https://spec.graphql.org/September2025/#sec-Executable-Definitions
/// </summary>
public sealed class ExecutableDefinitionsRule : ValidationRule
{
    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                TypeDefinitionNode type => '"' + type.Name.Value + '"',
                DirectiveDefinitionNode directive => '"' + directive.Name.Value + '"',
                _ => "schema",
            };
            context.ReportError($"The {name} definition is not executable.", definition);
        }
    }
}
