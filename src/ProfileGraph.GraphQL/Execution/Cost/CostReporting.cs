namespace ProfileGraph.GraphQL.Execution.Cost;

/// <summary>What a request asks to hear of its cost (HotChocolate's <c>GraphQL-Cost</c> request header).</summary>
public enum CostReporting
{
    /// <summary>Nothing: the cost is computed and enforced, not reported.</summary>
    None,

    /// <summary>Execute, and put the cost into the response's <c>extensions.cost</c>.</summary>
    Report,

    /// <summary>Do not execute: answer with the cost alone (or the limit it exceeds).</summary>
    Validate,
}
