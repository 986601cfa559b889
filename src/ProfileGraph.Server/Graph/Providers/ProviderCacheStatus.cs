using ProfileGraph.Providers;
using ProfileGraph.Server.Caching;

namespace ProfileGraph.Server.Graph.Providers;

/// <summary>The <c>ProviderCacheStatus</c> type: counts since start, capped at GraphQL's Int.</summary>
public sealed record ProviderCacheStatus(bool Enabled, double HitRatio, int Hits, int Misses, int StaleServed)
{
    public static ProviderCacheStatus Of(Provider provider, ProfileCacheOptions options, ProviderCacheStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(statistics);
        return new ProviderCacheStatus(
            options.IsEnabled(provider),
            statistics.HitRatio(provider),
            Capped(statistics.Count(provider, CacheOutcome.Hit)),
            Capped(statistics.Count(provider, CacheOutcome.Miss)),
            Capped(statistics.Count(provider, CacheOutcome.Stale)));
    }

    private static int Capped(long count) => (int)Math.Min(count, int.MaxValue);
}
