namespace ProfileGraph.GraphQL.Language;

/// <summary>A schema extension (spec §3.3.2).</summary>
public sealed record SchemaExtensionNode(Location? Location, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes)
    : TypeSystemNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Directives, OperationTypes);
}
