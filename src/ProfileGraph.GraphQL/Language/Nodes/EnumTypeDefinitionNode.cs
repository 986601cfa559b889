namespace ProfileGraph.GraphQL.Language;

/// <summary>A definition of an enum type (spec §3.9).</summary>
public sealed record EnumTypeDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<EnumValueDefinitionNode> Values)
    : TypeDefinitionNode(Location, Description, Name, Directives)
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Description, Name, Directives, Values);

    public override bool IsExtension => false;
}
