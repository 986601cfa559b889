namespace ProfileGraph.GraphQL.Language;

/// <summary>An inline fragment (spec §2.8.2).</summary>
public sealed record InlineFragmentNode(Location? Location, NamedTypeNode? TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet)
    : SelectionNode(Location, Directives)
{
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(TypeCondition, Directives, SelectionSet);
}
