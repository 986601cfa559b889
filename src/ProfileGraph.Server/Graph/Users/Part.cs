using ProfileGraph.Providers.Errors;
using ProfileGraph.Server.Caching;
using ProfileGraph.Server.Graph.Providers;

namespace ProfileGraph.Server.Graph.Users;

/// <summary>
/// One provider call's share of a user's data: its value, its failure, or nothing when the selection did not need
/// the call. A field reading a part gets the failure as its own error, so other parts' fields are still served.
/// <see cref="StaleAge"/> is the value's age when the cache served it past its freshness.
/// </summary>
public readonly record struct Part<T>(T? Value, Exception? Failure, TimeSpan? StaleAge = null)
    where T : class
{
    public bool IsFetched => Value is not null || Failure is not null;

    /// <summary>The value; a provider failure as the GraphQL error that explains it to clients.</summary>
    public T Get(string what) => Value ?? throw Failure switch
    {
        ProviderException failure => ProviderErrors.ToGraphQL(failure),
        { } other => other,
        null => new InvalidOperationException($"{what} was not fetched: look-ahead missed a field that needs it."),
    };
}

/// <summary>Makes fetched parts.</summary>
public static class Part
{
    public static Part<T> Of<T>(T value)
        where T : class => new(value, null);

    public static Part<T> Of<T>(Cached<T> cached)
        where T : class => new(cached.Value, null, cached.StaleAge);

    /// <summary>The oldest stale age among a user's parts, or null when every part is fresh.</summary>
    public static TimeSpan? OldestStale(TimeSpan? first, TimeSpan? second) =>
        first is { } a && second is { } b ? (a > b ? a : b) : first ?? second;
}
