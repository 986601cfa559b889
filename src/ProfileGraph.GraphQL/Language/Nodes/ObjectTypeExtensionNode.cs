namespace ProfileGraph.GraphQL.Language;

/// <summary>An extension of an object type (spec §3.6).</summary>
public sealed record ObjectTypeExtensionNode(Location? Location, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields)
    : TypeDefinitionNode(Location, null, Name, Directives)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Name, Interfaces, Directives, Fields);

    public override bool IsExtension => true;
}
