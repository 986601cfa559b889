namespace ProfileGraph.GraphQL.Language;

/// <summary>A named type reference.</summary>
public sealed record NamedTypeNode(Location? Location, NameNode Name)
    : TypeNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.NamedType;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Name);
}
