namespace ProfileGraph.GraphQL.Language;

/// <summary>An input object literal (spec §2.9.8).</summary>
public sealed record ObjectValueNode(Location? Location, IReadOnlyList<ObjectFieldNode> Fields)
    : ValueNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Fields);
}
