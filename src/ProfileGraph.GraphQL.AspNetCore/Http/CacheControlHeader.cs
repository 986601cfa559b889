using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using ProfileGraph.GraphQL.Execution.CacheControl;
using ProfileGraph.GraphQL.Execution.Results;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// The response's <c>Cache-Control</c>, from the operation's <see cref="CachePolicy"/> (<c>@cacheControl</c>):
/// <list type="bullet">
/// <item>a GET query without errors whose policy has a positive max-age: <c>public, max-age=N</c>, or
/// <c>private, max-age=N</c> when a field is private and the caller presented no API key;</item>
/// <item>everything else: <c>no-store</c>: POST (mutations, and queries that no URL names), any error, a max-age of
/// 0 or none (a stale value served lowers it to 0), and private data for a client that presented a key.</item>
/// </list>
/// A reusable response varies by <c>Accept</c> (its media type and status follow it) and <c>Origin</c> (its CORS
/// headers follow it, and a request without one gets none), and by the key headers when a key was presented, so a
/// shared cache never serves one client's answer to a caller without that key.
/// </summary>
internal static class CacheControlHeader
{
    public const string NoStore = "no-store";

    private static readonly string[] VaryAnonymous = [HeaderNames.Accept, HeaderNames.Origin];
    private static readonly string[] VaryKeyed = [HeaderNames.Accept, HeaderNames.Origin, Clients.ApiKeyAuthenticationHandler.HeaderName, HeaderNames.Authorization];
    private static readonly ConcurrentDictionary<(int MaxAge, CacheControlScope Scope), string> Values = new();

    public static void Apply(HttpContext context, ExecutionResult result, bool isGet)
    {
        var headers = context.Response.Headers;
        if (!isGet || result.Errors.Count > 0 || result.CachePolicy is not { IsCacheable: true } policy)
        {
            headers.CacheControl = NoStore;
            return;
        }

        var keyed = context.User.Identity?.IsAuthenticated == true;
        if (keyed && policy.Scope == CacheControlScope.Private)
        {
            headers.CacheControl = NoStore;
            return;
        }

        headers.CacheControl = ValueOf(policy.MaxAge!.Value, policy.Scope);
        headers.Append(HeaderNames.Vary, keyed ? VaryKeyed : VaryAnonymous);
    }

    private static string ValueOf(int maxAge, CacheControlScope scope)
    {
        // A schema has a handful of distinct max-ages: their header values are made once.
        if (Values.TryGetValue((maxAge, scope), out var value))
        {
            return value;
        }

        value = (scope == CacheControlScope.Private ? "private, max-age=" : "public, max-age=") + maxAge.ToString(CultureInfo.InvariantCulture);
        if (Values.Count < 1000)
        {
            Values.TryAdd((maxAge, scope), value);
        }

        return value;
    }
}
