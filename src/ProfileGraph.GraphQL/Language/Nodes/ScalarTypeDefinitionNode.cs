namespace ProfileGraph.GraphQL.Language;

/// <summary>A definition of a scalar type (spec §3.5).</summary>
public sealed record ScalarTypeDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives)
    : TypeDefinitionNode(Location, Description, Name, Directives)
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Description, Name, Directives);

    public override bool IsExtension => false;
}
