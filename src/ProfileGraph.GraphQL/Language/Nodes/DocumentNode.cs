namespace ProfileGraph.GraphQL.Language;

/// <summary>A whole document: executable and type system definitions (spec §2.2).</summary>
public sealed record DocumentNode(Location? Location, IReadOnlyList<DefinitionNode> Definitions)
    : SyntaxNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.Document;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Definitions);
}
