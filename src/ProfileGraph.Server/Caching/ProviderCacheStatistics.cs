using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using ProfileGraph.Providers;

namespace ProfileGraph.Server.Caching;

/// <summary>
/// The cache's hits, misses and stale answers per provider since start, for the graph's <c>providers</c> query,
/// and counted on the providers' meter (<c>profilegraph.cache.lookups</c> by provider, operation and outcome).
/// </summary>
public sealed class ProviderCacheStatistics
{
    /// <summary>The meter the provider clients count their calls on: one place to read a provider's traffic.</summary>
    public const string MeterName = "ProfileGraph.Providers";

    private readonly ConcurrentDictionary<Provider, long[]> _counts = new();
    private readonly Counter<long> _lookups;

    public ProviderCacheStatistics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _lookups = meters.Create(MeterName).CreateCounter<long>(
            "profilegraph.cache.lookups", description: "Profile cache lookups by provider, operation and outcome (hit, miss, stale)");
    }

    public void Record(CacheOperation operation, CacheOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(operation);
        Interlocked.Increment(ref _counts.GetOrAdd(operation.Provider, _ => new long[3])[(int)outcome]);
        CountOnSpan(outcome);
        if (_lookups.Enabled)
        {
            _lookups.Add(1, new TagList
            {
                { "provider", operation.Provider.ToString() },
                { "operation", operation.Name },
                { "outcome", outcome.ToString().ToLowerInvariant() },
            });
        }
    }

    /// <summary>The lookup counted on the current span (a DataLoader batch's): lookups of one batch run concurrently.</summary>
    private static void CountOnSpan(CacheOutcome outcome)
    {
        if (Activity.Current is not { IsAllDataRequested: true } activity)
        {
            return;
        }

        var tag = outcome switch
        {
            CacheOutcome.Hit => "profilegraph.cache.hits",
            CacheOutcome.Miss => "profilegraph.cache.misses",
            _ => "profilegraph.cache.stale",
        };
        lock (activity)
        {
            activity.SetTag(tag, (activity.GetTagItem(tag) as int? ?? 0) + 1);
        }
    }

    public long Count(Provider provider, CacheOutcome outcome) =>
        _counts.TryGetValue(provider, out var counts) ? Interlocked.Read(ref counts[(int)outcome]) : 0;

    /// <summary>The share of lookups answered without a provider call (fresh or stale); 0 before any lookup.</summary>
    public double HitRatio(Provider provider)
    {
        var served = Count(provider, CacheOutcome.Hit) + Count(provider, CacheOutcome.Stale);
        var all = served + Count(provider, CacheOutcome.Miss);
        return all == 0 ? 0 : (double)served / all;
    }
}
