namespace ProfileGraph.GraphQL.Language;

/// <summary>One value of an enum type (spec §3.9).</summary>
public sealed record EnumValueDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives)
    : SyntaxNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Description, Name, Directives);
}
