namespace ProfileGraph.GraphQL.Language;

/// <summary>A directive use <c>@name(args)</c> (spec §2.12).</summary>
public sealed record DirectiveNode(Location? Location, NameNode Name, IReadOnlyList<ArgumentNode> Arguments)
    : SyntaxNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.Directive;

    public override IEnumerable<SyntaxNode> GetChildren() => SyntaxChildren.Of(Name, Arguments);
}
