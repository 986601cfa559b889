namespace ProfileGraph.GraphQL.Language;

/// <summary>A field selection (spec §2.5).</summary>
public sealed record FieldNode(Location? Location, NameNode? Alias, NameNode Name, IReadOnlyList<ArgumentNode> Arguments, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode? SelectionSet)
    : SelectionNode(Location, Directives)
{
    public override SyntaxKind Kind => SyntaxKind.Field;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Alias, Name, Arguments, Directives, SelectionSet);

    /// <summary>The key the field's value has in the response: the alias when given, else the name.</summary>
    public string ResponseName => Alias?.Value ?? Name.Value;
}
