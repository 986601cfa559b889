namespace ProfileGraph.GraphQL.Language;

/// <summary>A value literal or variable (spec §2.9).</summary>
public abstract record ValueNode(Location? Location) : SyntaxNode(Location)
{
    public override IEnumerable<SyntaxNode> GetChildren() => [];
}
