namespace ProfileGraph.GraphQL.Language;

/// <summary>A float literal, kept as its source text (spec §2.9.2).</summary>
public sealed record FloatValueNode(Location? Location, string Value)
    : ValueNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.FloatValue;
}
