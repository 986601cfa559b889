namespace ProfileGraph.GraphQL.Language;

/// <summary>An enum value: a name other than true, false or null (spec §2.9.6).</summary>
public sealed record EnumValueNode(Location? Location, string Value)
    : ValueNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.EnumValue;
}
