using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ProfileGraph.GraphQL.Execution.Results;

/// <summary>
/// A response (spec §7.1): errors (request errors alone, or field errors beside partial data), the data tree, and
/// extensions. <see cref="HasData"/> tells a request error (no "data" entry at all) from <c>"data": null</c>.
/// </summary>
public sealed class ExecutionResult
{
    public ExecutionResult(IReadOnlyList<GraphQLError> errors)
    {
        Errors = errors;
    }

    internal ExecutionResult(ResultObject? data, IReadOnlyList<GraphQLError> errors)
    {
        Data = data;
        Errors = errors;
        HasData = true;
    }

    /// <summary>The data tree, or null when a null propagated up to the root (or execution never started).</summary>
    public ResultObject? Data { get; }

    /// <summary>False for a request error: the response has no "data" entry (spec §7.1.1).</summary>
    public bool HasData { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    public IDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>
    /// How long the data may be reused, and by whom (from <c>@cacheControl</c>); null when no policy was computed:
    /// cache hints are off, or the request ended before its operation was planned. Errors are the transport's to judge.
    /// </summary>
    public CacheControl.CachePolicy? CachePolicy { get; internal set; }

    /// <summary>
    /// Deferred fragments and streams announced with the initial result (incremental delivery); empty otherwise.
    /// </summary>
    public IReadOnlyList<Incremental.PendingResult> Pending { get; internal init; } = [];

    /// <summary>
    /// The subsequent results when <see cref="Pending"/> is not empty (<c>hasNext</c>): enumerate it to the end, or
    /// dispose its enumerator, to release the request's resources.
    /// </summary>
    public IAsyncEnumerable<Incremental.IncrementalPayload>? Subsequent { get; internal init; }

    /// <summary>
    /// A subscription's response stream (spec §6.2.3): one result per event, until the source stream ends or the
    /// client cancels; null for queries and mutations, and for a subscription refused before it started.
    /// </summary>
    public IAsyncEnumerable<ExecutionResult>? Events { get; internal init; }

    /// <summary>
    /// Writes the response as JSON: "errors" first when there are any, then "data", then (when more follows)
    /// "pending" and "hasNext" in <paramref name="format"/>, then "extensions".
    /// </summary>
    public void WriteTo(IBufferWriter<byte> output, bool indented = false, Incremental.IncrementalFormat format = Incremental.IncrementalFormat.Current)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, SkipValidation = true, Encoder = ResultWriter.Encoder });
        ResultWriter.Write(writer, this, format);
    }

    public string ToJson(bool indented = false)
    {
        using var buffer = new PooledBufferWriter();
        WriteTo(buffer, indented);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public override string ToString() => ToJson();
}
