namespace ProfileGraph.GraphQL.Language;

/// <summary><c>null</c> (spec §2.9.5).</summary>
public sealed record NullValueNode(Location? Location)
    : ValueNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}
