namespace ProfileGraph.GraphQL.Language;

/// <summary>A field of an object or interface type (spec §3.6.1).</summary>
public sealed record FieldDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments, TypeNode Type, IReadOnlyList<DirectiveNode> Directives)
    : SyntaxNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Description, Name, Arguments, Type, Directives);
}
