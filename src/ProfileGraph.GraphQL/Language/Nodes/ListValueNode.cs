namespace ProfileGraph.GraphQL.Language;

/// <summary>A list literal (spec §2.9.7).</summary>
public sealed record ListValueNode(Location? Location, IReadOnlyList<ValueNode> Values)
    : ValueNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.ListValue;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Values);
}
