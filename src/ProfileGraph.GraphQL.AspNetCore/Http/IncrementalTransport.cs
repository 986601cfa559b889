using Microsoft.Extensions.Primitives;
using ProfileGraph.GraphQL.Execution.Incremental;

namespace ProfileGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// How a client reads incremental results, from its Accept header: <c>multipart/mixed</c> (what Apollo Client, Relay
/// and <c>meros</c> read; <c>deferSpec=20220824</c> asks for the 2022 draft Apollo Client speaks, otherwise graphql-js
/// 17's format) or <c>text/event-stream</c> (GraphQL over SSE's <c>next</c>/<c>complete</c> events). Null when it names
/// neither: then <c>@defer</c>/<c>@stream</c> execute inline and the whole result comes at once.
/// </summary>
internal sealed record IncrementalTransport(bool EventStream, IncrementalFormat Format)
{
    public static IncrementalTransport? Of(StringValues accept)
    {
        IncrementalTransport? found = null;
        foreach (var value in accept)
        {
            foreach (var range in (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var parameters = range.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (parameters.Length == 0 || parameters.Any(p => p.Replace(" ", "", StringComparison.Ordinal).Equals("q=0", StringComparison.Ordinal)))
                {
                    continue;
                }

                if (parameters[0].Equals("multipart/mixed", StringComparison.OrdinalIgnoreCase))
                {
                    var draft = parameters.Skip(1).Any(p => p.Replace(" ", "", StringComparison.Ordinal).Equals("deferSpec=20220824", StringComparison.OrdinalIgnoreCase));
                    return new IncrementalTransport(false, draft ? IncrementalFormat.Draft20220824 : IncrementalFormat.Current);
                }

                if (parameters[0].Equals("text/event-stream", StringComparison.OrdinalIgnoreCase))
                {
                    found ??= new IncrementalTransport(true, IncrementalFormat.Current);
                }
            }
        }

        return found;
    }
}
