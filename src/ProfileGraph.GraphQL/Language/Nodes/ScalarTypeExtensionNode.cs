namespace ProfileGraph.GraphQL.Language;

/// <summary>An extension of a scalar type (spec §3.5).</summary>
public sealed record ScalarTypeExtensionNode(Location? Location, NameNode Name, IReadOnlyList<DirectiveNode> Directives)
    : TypeDefinitionNode(Location, null, Name, Directives)
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Name, Directives);

    public override bool IsExtension => true;
}
