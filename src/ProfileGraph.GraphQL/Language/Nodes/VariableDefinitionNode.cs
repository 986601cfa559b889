namespace ProfileGraph.GraphQL.Language;

/// <summary>A variable definition with its type, default and directives (spec §2.10).</summary>
public sealed record VariableDefinitionNode(Location? Location, StringValueNode? Description, VariableNode Variable, TypeNode Type, ValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives)
    : SyntaxNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Description, Variable, Type, DefaultValue, Directives);
}
