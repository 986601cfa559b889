namespace ProfileGraph.GraphQL.Language;

/// <summary>A named fragment spread (spec §2.8).</summary>
public sealed record FragmentSpreadNode(Location? Location, NameNode Name, IReadOnlyList<DirectiveNode> Directives)
    : SelectionNode(Location, Directives)
{
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Name, Directives);
}
