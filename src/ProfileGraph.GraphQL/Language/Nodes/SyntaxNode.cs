namespace ProfileGraph.GraphQL.Language;

/// <summary>
/// An immutable node of a GraphQL document. Nodes are records, so a rewrite is a <c>with</c> expression;
/// record equality compares child lists by reference, use <see cref="SyntaxComparer"/> for structure.
/// </summary>
public abstract record SyntaxNode(Location? Location)
{
    public abstract SyntaxKind Kind { get; }

    /// <summary>The direct children in source order, the order the visitor walks them.</summary>
    public abstract IEnumerable<SyntaxNode> GetChildren();

    /// <summary>Prints the node in graphql-js's <c>print</c> layout.</summary>
    /// <remarks>Sealed, or every derived record would synthesize its own <c>ToString</c> and hide this one.</remarks>
    public sealed override string ToString() => SyntaxPrinter.Print(this);
}
