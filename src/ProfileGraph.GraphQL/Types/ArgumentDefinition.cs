using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>An argument of a field or directive (spec §3.6.1).</summary>
public sealed class ArgumentDefinition : InputValueDefinition
{
    internal ArgumentDefinition(string name, string? description, GraphQLType type, ValueNode? defaultValue = null, IReadOnlyList<AppliedDirective>? directives = null, InputValueDefinitionNode? syntaxNode = null)
        : base(name, description, type, defaultValue, directives ?? [], syntaxNode)
    {
    }
}
