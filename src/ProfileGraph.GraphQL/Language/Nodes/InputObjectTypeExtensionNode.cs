namespace ProfileGraph.GraphQL.Language;

/// <summary>An extension of an input object type (spec §3.10).</summary>
public sealed record InputObjectTypeExtensionNode(Location? Location, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<InputValueDefinitionNode> Fields)
    : TypeDefinitionNode(Location, null, Name, Directives)
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Name, Directives, Fields);

    public override bool IsExtension => true;
}
