namespace ProfileGraph.Providers.Resilience;

/// <summary>
/// The arithmetic of "no window of length <c>window</c> holds more than <c>permits</c> grants": the last grants'
/// timestamps and a pause the provider asked for. Not thread-safe: its limiter holds the lock.
/// </summary>
internal sealed class RollingWindow(int permits, long window)
{
    private readonly Queue<long> _grants = new();
    private long _pausedUntil;

    public int Permits => permits;

    /// <summary>The window's length in timestamp ticks.</summary>
    public long Length => window;

    /// <summary>When the next grant may be made: a window after the oldest of the last grants, and not while paused.</summary>
    public long NextGrantAt(long now)
    {
        while (_grants.Count > 0 && now - _grants.Peek() >= window)
        {
            _grants.Dequeue();
        }

        var free = _grants.Count < permits ? now : _grants.Peek() + window;
        return Math.Max(free, _pausedUntil);
    }

    public void Record(long grantedAt)
    {
        _grants.Enqueue(grantedAt);
        if (_grants.Count > permits)
        {
            _grants.Dequeue();
        }
    }

    public void PauseUntil(long until) => _pausedUntil = Math.Max(_pausedUntil, until);

    /// <summary>Ticks until the next grant, then one window for every <c>permits</c> grants ahead.</summary>
    public long WaitFor(long now, int ahead) => Math.Max(0, NextGrantAt(now) - now) + (long)(ahead / permits) * window;
}
