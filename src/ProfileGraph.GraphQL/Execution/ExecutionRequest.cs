using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>One GraphQL request (GraphQL-over-HTTP's request parameters plus what the host adds).</summary>
public sealed class ExecutionRequest
{
    /// <summary>The document text ("query"); null when the request gives <see cref="QueryUtf8"/> instead.</summary>
    public string? Query { get; init; }

    /// <summary>
    /// The document as UTF-8 bytes, read when <see cref="Query"/> is null: a transport hands over the slice of the
    /// request body that holds the document, which is hashed and parsed where it lies, without a string copy. The
    /// bytes must stay unchanged until the request completes.
    /// </summary>
    public ReadOnlyMemory<byte> QueryUtf8 { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Variable values as JSON gives them: CLR primitives, lists, dictionaries, or <see cref="System.Text.Json.JsonElement"/>s.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The value root fields see as their parent.</summary>
    public object? RootValue { get; init; }

    /// <summary>The request's services (ASP.NET Core's request services); an empty provider when null.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>State the host shares with resolvers (e.g. the user); a fresh dictionary when null.</summary>
    public IDictionary<string, object?>? ContextData { get; init; }

    /// <summary>The operation types this request may run (GET allows queries only); all when null.</summary>
    public IReadOnlySet<OperationType>? AllowedOperations { get; init; }

    /// <summary>Whether this request may introspect; <see cref="ExecutionOptions.AllowIntrospection"/> decides when null.</summary>
    public bool? AllowIntrospection { get; init; }

    /// <summary>
    /// Whether the caller reads incremental results (<see cref="Results.ExecutionResult.Subsequent"/>): then
    /// <c>@defer</c> and <c>@stream</c> deliver later; otherwise they are executed inline, into one result.
    /// </summary>
    public bool AllowIncrementalDelivery { get; init; }

    /// <summary>Whether the response reports the operation's cost, or only reports it without executing.</summary>
    public Cost.CostReporting CostReporting { get; init; }
}
