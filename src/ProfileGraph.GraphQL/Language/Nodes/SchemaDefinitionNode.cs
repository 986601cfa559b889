namespace ProfileGraph.GraphQL.Language;

/// <summary>A schema definition (spec §3.3).</summary>
public sealed record SchemaDefinitionNode(Location? Location, StringValueNode? Description, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes)
    : TypeSystemNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Description, Directives, OperationTypes);
}
