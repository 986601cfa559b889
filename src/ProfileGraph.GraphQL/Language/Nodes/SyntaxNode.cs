namespace ProfileGraph.GraphQL.Language;

/// <summary>
/// An immutable node of a GraphQL document. Nodes are records, so a rewrite is a <c>with</c> expression;
/// record equality compares child lists by reference, use <see cref="SyntaxComparer"/> for structure.
/// </summary>
public abstract record SyntaxNode
{
    // Kept as a plain 16-byte struct, where a Location? field takes 20 bytes and pads most nodes by 8;
    // lines count from 1, so line 0 stands for no location.
    private readonly Location _location;

    protected SyntaxNode(Location? location) => _location = location.GetValueOrDefault();

    /// <summary>Where the node stands in its source; null for nodes built in code or parsed without locations.</summary>
    public Location? Location
    {
        get => _location.Line == 0 ? null : _location;
        init => _location = value.GetValueOrDefault();
    }

    public abstract SyntaxKind Kind { get; }

    /// <summary>The direct children in source order, the order the visitor walks them.</summary>
    public abstract IEnumerable<SyntaxNode> GetChildren();

    /// <summary>Prints the node in graphql-js's <c>print</c> layout.</summary>
    /// <remarks>Sealed, or every derived record would synthesize its own <c>ToString</c> and hide this one.</remarks>
    public sealed override string ToString() => SyntaxPrinter.Print(this);
}
