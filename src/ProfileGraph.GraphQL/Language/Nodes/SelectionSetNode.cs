namespace ProfileGraph.GraphQL.Language;

/// <summary>A selection set (spec §2.4).</summary>
public sealed record SelectionSetNode(Location? Location, IReadOnlyList<SelectionNode> Selections)
    : SyntaxNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Selections);
}
