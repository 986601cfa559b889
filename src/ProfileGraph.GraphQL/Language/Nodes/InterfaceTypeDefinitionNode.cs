namespace ProfileGraph.GraphQL.Language;

/// <summary>A definition of an interface type (spec §3.7).</summary>
public sealed record InterfaceTypeDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields)
    : TypeDefinitionNode(Location, Description, Name, Directives)
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Description, Name, Interfaces, Directives, Fields);

    public override bool IsExtension => false;
}
