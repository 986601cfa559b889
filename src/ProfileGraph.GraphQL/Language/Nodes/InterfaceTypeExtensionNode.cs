namespace ProfileGraph.GraphQL.Language;

/// <summary>An extension of an interface type (spec §3.7).</summary>
public sealed record InterfaceTypeExtensionNode(Location? Location, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields)
    : TypeDefinitionNode(Location, null, Name, Directives)
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Name, Interfaces, Directives, Fields);

    public override bool IsExtension => true;
}
