namespace ProfileGraph.GraphQL.Language;

/// <summary>A definition of a union type (spec §3.8).</summary>
public sealed record UnionTypeDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<NamedTypeNode> Types)
    : TypeDefinitionNode(Location, Description, Name, Directives)
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Description, Name, Directives, Types);

    public override bool IsExtension => false;
}
