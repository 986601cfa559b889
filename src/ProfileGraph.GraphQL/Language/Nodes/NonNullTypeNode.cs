namespace ProfileGraph.GraphQL.Language;

/// <summary>A non-null type reference <c>T!</c>; its inner type is never non-null.</summary>
public sealed record NonNullTypeNode(Location? Location, TypeNode Type)
    : TypeNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Type);
}
