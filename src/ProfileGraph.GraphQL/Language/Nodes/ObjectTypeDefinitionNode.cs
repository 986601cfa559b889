namespace ProfileGraph.GraphQL.Language;

/// <summary>A definition of an object type (spec §3.6).</summary>
public sealed record ObjectTypeDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields)
    : TypeDefinitionNode(Location, Description, Name, Directives)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Description, Name, Interfaces, Directives, Fields);

    public override bool IsExtension => false;
}
