namespace ProfileGraph.GraphQL.Language;

/// <summary>An operation, including the <c>{ ... }</c> shorthand (spec §2.3).</summary>
public sealed record OperationDefinitionNode(Location? Location, StringValueNode? Description, OperationType Operation, NameNode? Name, IReadOnlyList<VariableDefinitionNode> VariableDefinitions, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet)
    : ExecutableDefinitionNode(Location, Description, Directives, SelectionSet)
{
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Description, Name, VariableDefinitions, Directives, SelectionSet);
}
