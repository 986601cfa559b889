namespace ProfileGraph.GraphQL.Language;

/// <summary>A string or block string, holding its cooked value (spec §2.9.4).</summary>
public sealed record StringValueNode(Location? Location, string Value, bool Block)
    : ValueNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.StringValue;
}
