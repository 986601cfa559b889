namespace ProfileGraph.GraphQL.Language;

/// <summary>An argument or input field definition (spec §3.6.1, §3.10).</summary>
public sealed record InputValueDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, TypeNode Type, ValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives)
    : SyntaxNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Description, Name, Type, DefaultValue, Directives);
}
