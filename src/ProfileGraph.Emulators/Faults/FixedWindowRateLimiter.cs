using System.Collections.Concurrent;

namespace ProfileGraph.Emulators.Faults;

/// <summary>
/// Fixed-window request counting per key (a method and a token, an instance, ...): back-to-back windows from the
/// key's first request, and a request counts in the window it arrived in, whenever its handler gets to ask.
/// Requests wait out their drawn latency first, so they are asked about out of order, and a client that spaced
/// them a window apart must never be refused for it.
/// </summary>
public sealed class FixedWindowRateLimiter
{
    private readonly ConcurrentDictionary<string, Windows> _windows = new(StringComparer.Ordinal);

    /// <summary>Takes a permit in the window <paramref name="arrivedAt"/> falls in, or says how long until it ends.</summary>
    public bool TryAcquire(string key, RateLimitRule rule, DateTimeOffset arrivedAt, out TimeSpan retryAfter)
    {
        var windows = _windows.GetOrAdd(key, static (_, first) => new Windows(first.UtcTicks), arrivedAt);
        var index = (long)Math.Floor((arrivedAt.UtcTicks - windows.Start) / (double)rule.Window.Ticks);
        lock (windows)
        {
            // Requests are asked about at most a drawn latency late: windows far behind the newest are done with.
            windows.Counts.RemoveAll(entry => entry.Index < index - 100);
            var at = windows.Counts.FindIndex(entry => entry.Index == index);
            var count = at < 0 ? 0 : windows.Counts[at].Count;
            if (count < rule.Permits)
            {
                if (at < 0)
                {
                    windows.Counts.Add((index, 1));
                }
                else
                {
                    windows.Counts[at] = (index, count + 1);
                }

                retryAfter = TimeSpan.Zero;
                return true;
            }

            retryAfter = new DateTimeOffset(windows.Start + ((index + 1) * rule.Window.Ticks), TimeSpan.Zero) - arrivedAt;
            return false;
        }
    }

    public void Reset() => _windows.Clear();

    private sealed class Windows(long start)
    {
        /// <summary>When the first window began: the key's first request, in UTC ticks.</summary>
        public long Start { get; } = start;

        public List<(long Index, int Count)> Counts { get; } = [];
    }
}
