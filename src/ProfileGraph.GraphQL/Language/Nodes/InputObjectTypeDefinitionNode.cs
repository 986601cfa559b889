namespace ProfileGraph.GraphQL.Language;

/// <summary>A definition of an input object type (spec §3.10).</summary>
public sealed record InputObjectTypeDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<InputValueDefinitionNode> Fields)
    : TypeDefinitionNode(Location, Description, Name, Directives)
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Description, Name, Directives, Fields);

    public override bool IsExtension => false;
}
