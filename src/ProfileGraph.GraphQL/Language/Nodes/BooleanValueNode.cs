namespace ProfileGraph.GraphQL.Language;

/// <summary><c>true</c> or <c>false</c> (spec §2.9.3).</summary>
public sealed record BooleanValueNode(Location? Location, bool Value)
    : ValueNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
}
