namespace ProfileGraph.GraphQL.Language;

/// <summary>A name (spec §2.1.9).</summary>
public sealed record NameNode(Location? Location, string Value)
    : SyntaxNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.Name;

    public override IEnumerable<SyntaxNode> GetChildren() => [];
}
