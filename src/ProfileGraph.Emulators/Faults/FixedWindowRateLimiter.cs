using System.Collections.Concurrent;

namespace ProfileGraph.Emulators.Faults;

/// <summary>
/// Fixed-window request counting per key (a method and a token, an instance, ...), on an injectable
/// clock so tests can step through windows without sleeping.
/// </summary>
public sealed class FixedWindowRateLimiter(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    /// <summary>Takes a permit, or says how long until the current window ends.</summary>
    public bool TryAcquire(string key, RateLimitRule rule, out TimeSpan retryAfter)
    {
        var window = _windows.GetOrAdd(key, static _ => new Window());
        var now = clock.GetUtcNow();
        lock (window)
        {
            if (now - window.Start >= rule.Window || now < window.Start)
            {
                window.Start = now;
                window.Count = 0;
            }

            if (window.Count < rule.Permits)
            {
                window.Count++;
                retryAfter = TimeSpan.Zero;
                return true;
            }

            retryAfter = window.Start + rule.Window - now;
            return false;
        }
    }

    public void Reset() => _windows.Clear();

    private sealed class Window
    {
        public DateTimeOffset Start { get; set; } = DateTimeOffset.MinValue;

        public int Count { get; set; }
    }
}
