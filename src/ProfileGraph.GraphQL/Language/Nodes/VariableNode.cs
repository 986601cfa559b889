namespace ProfileGraph.GraphQL.Language;

/// <summary>A variable reference <c>$name</c> (spec §2.10).</summary>
public sealed record VariableNode(Location? Location, NameNode Name)
    : ValueNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.Variable;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Name);
}
