using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// An error of the response (spec §7.1.2): message, locations in the document, the response path of the field
/// it concerns, and extensions (<c>code</c> at least). <see cref="Exception"/> stays on the server for logging.
/// </summary>
public sealed class GraphQLError
{
    public GraphQLError(string message, string code, IReadOnlyList<Location>? locations = null, ResultPath? path = null, IReadOnlyDictionary<string, object?>? extensions = null, Exception? exception = null)
    {
        Message = message;
        Code = code;
        Locations = locations ?? [];
        Path = path;
        Exception = exception;
        var all = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            all.TryAdd(key, value);
        }

        Extensions = all;
    }

    public string Message { get; }

    public string Code { get; }

    public IReadOnlyList<Location> Locations { get; }

    public ResultPath? Path { get; }

    /// <summary>Every extension, <c>code</c> first.</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; }

    /// <summary>The exception behind the error; never written to the response.</summary>
    public Exception? Exception { get; }

    public override string ToString() => Path is null ? Message : $"{Message} (at {Path})";
}
