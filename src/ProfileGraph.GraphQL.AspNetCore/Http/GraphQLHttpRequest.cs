using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// The parameters of one GraphQL-over-HTTP request as the transport read them: the document as text (GET) or as the
/// UTF-8 slice of the body that holds it (POST), and variables and extensions as JSON elements over the body. It
/// owns what those borrow (an unescaped copy of the document, the JSON documents) until disposed after the response.
/// </summary>
internal sealed class GraphQLHttpRequest : IDisposable
{
    private byte[]? _unescapedQuery;
    private JsonDocument? _variables;
    private JsonDocument? _extensions;

    public string? Query { get; private set; }

    public ReadOnlyMemory<byte> QueryUtf8 { get; private set; }

    public bool HasQuery { get; private set; }

    public string? OperationName { get; set; }

    public IReadOnlyDictionary<string, object?>? Variables { get; private set; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; private set; }

    /// <summary>The GraphQL-over-HTTP draft's <c>documentId</c> (<c>sha256:&lt;hex&gt;</c>): a trusted document by its hash.</summary>
    public string? DocumentId { get; set; }

    /// <summary>Apollo's automatic persisted query hash (<c>extensions.persistedQuery.sha256Hash</c>), when given.</summary>
    public string? PersistedQueryHash =>
        Extensions?.GetValueOrDefault("persistedQuery") is JsonElement { ValueKind: JsonValueKind.Object } persisted
        && persisted.TryGetProperty("sha256Hash", out var hash) && hash.ValueKind == JsonValueKind.String
            ? hash.GetString()
            : null;

    /// <summary>Whether the request names a stored document instead of (or beside) sending one.</summary>
    public bool NamesPersistedDocument => DocumentId is not null || PersistedQueryHash is not null;

    public void SetQuery(string query)
    {
        Query = query;
        HasQuery = true;
    }

    /// <summary>The document where it lies in the body; <paramref name="rented"/> when it had to be unescaped into a pooled array.</summary>
    public void SetQuery(ReadOnlyMemory<byte> utf8, byte[]? rented)
    {
        QueryUtf8 = utf8;
        _unescapedQuery = rented;
        HasQuery = true;
    }

    public void SetVariables(JsonDocument? document) => Variables = ToMap(_variables = document);

    public void SetExtensions(JsonDocument? document) => Extensions = ToMap(_extensions = document);

    public ExecutionRequest ToExecutionRequest(HttpContext context, IReadOnlySet<OperationType>? allowedOperations, bool incremental = false) => new()
    {
        AllowIncrementalDelivery = incremental,
        Query = Query,
        QueryUtf8 = QueryUtf8,
        OperationName = OperationName,
        Variables = Variables,
        Extensions = Extensions,
        Services = context.RequestServices,
        AllowedOperations = allowedOperations,
        CostReporting = CostHeader.Of(context.Request),
        AllowIntrospection = ClientOf(context)?.AllowIntrospection == true ? true : null,
    };

    private static Clients.ClientOptions? ClientOf(HttpContext context) =>
        context.RequestServices.GetService(typeof(Clients.ClientRegistry)) is Clients.ClientRegistry clients
            ? clients.Get(Clients.ClientClaims.NameOf(context.User))
            : null;

    public void Dispose()
    {
        if (_unescapedQuery is { } rented)
        {
            _unescapedQuery = null;
            ArrayPool<byte>.Shared.Return(rented);
        }

        _variables?.Dispose();
        _extensions?.Dispose();
    }

    // The engine coerces variables from JsonElements itself, so values stay elements over the body.
    private static Dictionary<string, object?>? ToMap(JsonDocument? document)
    {
        if (document is null)
        {
            return null;
        }

        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            map[property.Name] = property.Value;
        }

        return map;
    }
}
