namespace ProfileGraph.GraphQL.Language;

/// <summary>Where the walk is: the chain of nodes from the root down to the current node's parent.</summary>
public sealed class SyntaxVisitorContext
{
    private readonly List<SyntaxNode> _ancestors = [];

    /// <summary>The root first, the parent last.</summary>
    public IReadOnlyList<SyntaxNode> Ancestors => _ancestors;

    public SyntaxNode? Parent => _ancestors.Count > 0 ? _ancestors[^1] : null;

    internal void Push(SyntaxNode node) => _ancestors.Add(node);

    internal void Pop() => _ancestors.RemoveAt(_ancestors.Count - 1);
}
