namespace ProfileGraph.GraphQL.Language;

/// <summary>An argument of a field or directive (spec §2.6).</summary>
public sealed record ArgumentNode(Location? Location, NameNode Name, ValueNode Value)
    : SyntaxNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.Argument;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Name, Value);
}
