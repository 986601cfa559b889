using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace ProfileGraph.Server.Caching;

/// <summary>
/// What a request asks of the cache, from its <c>Cache-Control</c> header as HTTP defines it for a shared cache:
/// <c>no-cache</c> or <c>max-age=0</c> wants answers fetched now, <c>max-age=N</c> answers at most N seconds old.
/// An answer that cannot be fetched then is served stale, as <c>stale-if-error</c> does.
/// </summary>
public readonly record struct CacheDirective(TimeSpan? MaxAge)
{
    public static CacheDirective None => default;

    /// <summary>Where a request made in process (no HTTP request) puts its directive: <c>ExecutionRequest.ContextData</c>.</summary>
    public const string ContextKey = "profilegraph.cacheDirective";

    public static CacheDirective Of(HttpRequest? request)
    {
        if (request is null || !request.Headers.TryGetValue(HeaderNames.CacheControl, out var values)
            || !CacheControlHeaderValue.TryParse(values.ToString(), out var header) || header is null)
        {
            return None;
        }

        return header.NoCache || header.NoStore ? new CacheDirective(TimeSpan.Zero) : new CacheDirective(header.MaxAge);
    }

    public override string ToString() => MaxAge is { } maxAge ? "max-age=" + maxAge.TotalSeconds.ToString(CultureInfo.InvariantCulture) : "default";
}
