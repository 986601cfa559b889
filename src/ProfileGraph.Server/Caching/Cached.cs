namespace ProfileGraph.Server.Caching;

/// <summary>
/// A provider answer as the cache hands it to a loader: the value and, when it is older than its freshness (served
/// because the provider failed or was too slow), its age.
/// </summary>
public readonly record struct Cached<T>(T Value, TimeSpan? StaleAge = null)
    where T : class;
