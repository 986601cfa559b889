namespace ProfileGraph.GraphQL.Language;

/// <summary>What a visitor handler asks the walk to do next.</summary>
public enum VisitorAction
{
    /// <summary>Go on into the children (from enter) or to the next sibling (from leave).</summary>
    Continue,

    /// <summary>From enter: leave out this node's children, and its leave handlers.</summary>
    Skip,

    /// <summary>Stop the whole walk.</summary>
    Break,
}
