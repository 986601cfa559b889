namespace ProfileGraph.GraphQL.Language;

/// <summary>A root operation type entry <c>query: Query</c>.</summary>
public sealed record OperationTypeDefinitionNode(Location? Location, OperationType Operation, NamedTypeNode Type)
    : SyntaxNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Type);
}
