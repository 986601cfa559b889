using System.Collections.Concurrent;

namespace ProfileGraph.Providers.Resilience;

/// <summary>
/// Keeps a provider in trouble from flooding the log: in each interval, the first event of a provider is logged as
/// it happens and the rest are only counted, to be logged as one summary line when the interval ends. Per-call
/// detail stays in the metrics.
/// </summary>
internal sealed class LogThrottle
{
    private readonly ConcurrentDictionary<Provider, Interval> _intervals = new();

    /// <summary>Whether to log this event now; if not, it is counted under <paramref name="kind"/> for the summary.</summary>
    public bool Admit(Provider provider, string kind)
    {
        var interval = _intervals.GetOrAdd(provider, _ => new Interval());
        if (Interlocked.Exchange(ref interval.Logged, 1) == 0)
        {
            return true;
        }

        interval.Held.AddOrUpdate(kind, 1, (_, count) => count + 1);
        return false;
    }

    /// <summary>Ends the interval: what each provider held back, by kind, and a fresh start for all.</summary>
    public IReadOnlyList<(Provider Provider, IReadOnlyDictionary<string, long> Held)> EndInterval()
    {
        var summaries = new List<(Provider, IReadOnlyDictionary<string, long>)>();
        foreach (var provider in _intervals.Keys)
        {
            if (_intervals.TryRemove(provider, out var interval) && !interval.Held.IsEmpty)
            {
                summaries.Add((provider, interval.Held.ToDictionary(StringComparer.Ordinal)));
            }
        }

        return summaries;
    }

    private sealed class Interval
    {
        public int Logged;

        public ConcurrentDictionary<string, long> Held { get; } = new(StringComparer.Ordinal);
    }
}
