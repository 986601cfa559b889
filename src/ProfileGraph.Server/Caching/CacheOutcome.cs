namespace ProfileGraph.Server.Caching;

/// <summary>How the cache answered one lookup.</summary>
public enum CacheOutcome
{
    /// <summary>A fresh answer from the cache: no provider call.</summary>
    Hit,

    /// <summary>The provider was called (a cold entry, an expired one, a request that wanted fresh data, or the cache off).</summary>
    Miss,

    /// <summary>An answer past its freshness, served because the provider failed or was too slow.</summary>
    Stale,
}
