namespace ProfileGraph.GraphQL.Language;

/// <summary>A directive definition (spec §3.13).</summary>
public sealed record DirectiveDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments, bool IsRepeatable, IReadOnlyList<NameNode> Locations)
    : TypeSystemNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Description, Name, Arguments, Locations);
}
