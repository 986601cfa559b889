namespace ProfileGraph.GraphQL.Language;

/// <summary>An integer literal, kept as its source text (spec §2.9.1).</summary>
public sealed record IntValueNode(Location? Location, string Value)
    : ValueNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.IntValue;
}
