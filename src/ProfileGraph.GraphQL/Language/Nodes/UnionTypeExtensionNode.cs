namespace ProfileGraph.GraphQL.Language;

/// <summary>An extension of a union type (spec §3.8).</summary>
public sealed record UnionTypeExtensionNode(Location? Location, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<NamedTypeNode> Types)
    : TypeDefinitionNode(Location, null, Name, Directives)
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Name, Directives, Types);

    public override bool IsExtension => true;
}
