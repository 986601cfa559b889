namespace ProfileGraph.GraphQL.Language;

/// <summary>A fragment definition (spec §2.8).</summary>
public sealed record FragmentDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, NamedTypeNode TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet)
    : ExecutableDefinitionNode(Location, Description, Directives, SelectionSet)
{
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Description, Name, TypeCondition, Directives, SelectionSet);
}
