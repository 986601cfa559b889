using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>A field of an input object type (spec §3.10).</summary>
public sealed class InputFieldDefinition : InputValueDefinition
{
    internal InputFieldDefinition(string name, string? description, GraphQLType type, ValueNode? defaultValue, IReadOnlyList<AppliedDirective> directives, InputValueDefinitionNode? syntaxNode)
        : base(name, description, type, defaultValue, directives, syntaxNode)
    {
    }
}
