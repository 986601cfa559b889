namespace ProfileGraph.GraphQL.Execution;

/// <summary>How requests execute.</summary>
public sealed class ExecutionOptions
{
    /// <summary>
    /// How long execution may take; fields still pending then end with an <see cref="ErrorCodes.Timeout"/> error
    /// and the response is written with what is complete. Null for no deadline.
    /// </summary>
    public TimeSpan? Deadline { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether errors from unexpected exceptions show the exception's message and type. Off by default: exception
    /// messages can carry internals (URLs, tokens), so clients see "Unexpected Execution Error".
    /// </summary>
    public bool IncludeExceptionDetails { get; set; }

    /// <summary>How many documents the parse and plan caches keep.</summary>
    public int CacheCapacity { get; set; } = 1000;

    /// <summary>Whether operations may select <c>__schema</c> and <c>__type</c> (a request may say otherwise).</summary>
    public bool AllowIntrospection { get; set; } = true;

    /// <summary>Whether the request span carries the document's text (<c>graphql.document</c>); off, as documents may hold personal data in literals.</summary>
    public bool TraceDocuments { get; set; }

    /// <summary>Static cost analysis and its limits, enforced before execution.</summary>
    public Cost.CostOptions Cost { get; set; } = new();

    /// <summary>HTTP cache hints (<c>@cacheControl</c>): each operation's cache policy, for the transport's <c>Cache-Control</c>.</summary>
    public CacheControl.CacheControlOptions CacheControl { get; set; } = new();
}
