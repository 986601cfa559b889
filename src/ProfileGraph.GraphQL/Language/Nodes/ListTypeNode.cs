namespace ProfileGraph.GraphQL.Language;

/// <summary>A list type reference <c>[T]</c>.</summary>
public sealed record ListTypeNode(Location? Location, TypeNode Type)
    : TypeNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.ListType;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Type);
}
