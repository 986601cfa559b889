namespace ProfileGraph.GraphQL.Language;

/// <summary>One field of an input object literal.</summary>
public sealed record ObjectFieldNode(Location? Location, NameNode Name, ValueNode Value)
    : SyntaxNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectField;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Name, Value);
}
