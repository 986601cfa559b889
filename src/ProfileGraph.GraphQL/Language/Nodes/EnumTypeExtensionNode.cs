namespace ProfileGraph.GraphQL.Language;

/// <summary>An extension of an enum type (spec §3.9).</summary>
public sealed record EnumTypeExtensionNode(Location? Location, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<EnumValueDefinitionNode> Values)
    : TypeDefinitionNode(Location, null, Name, Directives)
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Name, Directives, Values);

    public override bool IsExtension => true;
}
