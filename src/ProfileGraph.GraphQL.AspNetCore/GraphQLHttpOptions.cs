using ProfileGraph.GraphQL.Execution;

namespace ProfileGraph.GraphQL.AspNetCore;

/// <summary>How the GraphQL-over-HTTP endpoint behaves. Execution itself is tuned by <see cref="ExecutionOptions"/>.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>The largest POST body read, in bytes; a larger one is refused with 413. 1 MiB by default.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>Whether a POST body may be a JSON array of requests, answered by an array of responses. Off by default.</summary>
    public bool EnableBatching { get; set; }

    /// <summary>The most requests one batch may hold when batching is on.</summary>
    public int MaxBatchSize { get; set; } = 10;

    /// <summary>
    /// The status of a response in <c>application/graphql-response+json</c> when the document fails validation, the
    /// operation cannot be determined or variables fail coercion: 400 (the draft the graphql-http audits check), or
    /// 422 (Unprocessable Content, which later drafts recommend). Parse failures are always 400.
    /// </summary>
    public int ValidationFailureStatusCode { get; set; } = 400;

    /// <summary>Whether GET requests may run queries (mutations are refused over GET either way).</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Whether <c>GET /graphql?sdl</c> returns the printed schema.</summary>
    public bool EnableSchemaRequests { get; set; } = true;

    /// <summary>Whether the Banana Cake Pop IDE is served at <c>/graphql/ui/</c> and browsers are sent there.</summary>
    public bool EnableIde { get; set; } = true;

    /// <summary>A trusted documents manifest (a JSON map of SHA-256 to document, or Apollo's manifest), or a directory of them.</summary>
    public string? TrustedDocumentsPath { get; set; }

    /// <summary>Whether clients may register automatic persisted queries (Apollo's APQ protocol).</summary>
    public bool EnablePersistedQueries { get; set; } = true;

    /// <summary>How many automatic persisted queries the in-process store keeps.</summary>
    public int MaxPersistedQueries { get; set; } = 10_000;

    /// <summary>Brotli and gzip for responses over a size threshold (on by default).</summary>
    public Web.GraphQLCompressionOptions Compression { get; set; } = new();

    /// <summary>How long a WebSocket client has to send <c>connection_init</c> before the socket is closed (4408).</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How many operations (subscriptions mostly) one WebSocket connection may run at once.</summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 20;
}
