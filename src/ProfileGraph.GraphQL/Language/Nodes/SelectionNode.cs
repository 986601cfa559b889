namespace ProfileGraph.GraphQL.Language;

/// <summary>A field, fragment spread or inline fragment inside a selection set.</summary>
public abstract record SelectionNode(Location? Location, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode(Location);
