using System.Threading.RateLimiting;

namespace ProfileGraph.Providers.Resilience;

/// <summary>
/// At most <c>permits</c> grants in any window of length <c>window</c>, wherever the window falls: a grant waits
/// until the grant <c>permits</c> before it is a whole window old. Fixed windows and token buckets allow twice
/// the rate across a window boundary, which a provider counting from its own first request (GREEN-API's
/// 1 per second) answers with 429; System.Threading.RateLimiting's sliding window counts per segment, so it too
/// lets a window that straddles two segments hold more. Each grant is stamped when it is handed out, not when it
/// was queued. Waiters are served in turns between flows (<see cref="FairQueuedLimiter"/>).
/// </summary>
internal sealed class RollingWindowRateLimiter : FairQueuedLimiter
{
    private readonly int _permits;
    private readonly long _window;
    private readonly ITimer _timer;
    private readonly Queue<long> _grants = new();
    private long _pausedUntil;
    private long _lastGrant;

    public RollingWindowRateLimiter(int permits, TimeSpan window, int queueLimit, TimeProvider time, TimeSpan? maxWait = null)
        : base(queueLimit, maxWait ?? TimeSpan.MaxValue, time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permits, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        _permits = permits;
        _window = (long)(window.TotalSeconds * time.TimestampFrequency);
        _timer = time.CreateTimer(_ => Serve(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _lastGrant = time.GetTimestamp();
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (Gate)
            {
                return Waiting > 0 ? null : Time.GetElapsedTime(_lastGrant);
            }
        }
    }

    /// <summary>No grants before <paramref name="delay"/> from now: the provider asked to wait (<c>Retry-After</c>).</summary>
    public void PauseFor(TimeSpan delay)
    {
        lock (Gate)
        {
            var until = Time.GetTimestamp() + (long)(delay.TotalSeconds * Time.TimestampFrequency);
            _pausedUntil = Math.Max(_pausedUntil, until);
        }
    }

    protected override bool CanGrant()
    {
        var now = Time.GetTimestamp();
        return NextGrantAt(now) <= now;
    }

    protected override RateLimitLease Grant()
    {
        var now = Time.GetTimestamp();
        _grants.Enqueue(now);
        if (_grants.Count > _permits)
        {
            _grants.Dequeue();
        }

        _lastGrant = now;
        return Lease.Acquired;
    }

    /// <summary>Until the next grant, then one window for every <c>permits</c> grants ahead.</summary>
    protected override TimeSpan? EstimateWait(int ahead)
    {
        var now = Time.GetTimestamp();
        var windows = (long)(ahead / _permits) * _window;
        return TimeSpan.FromSeconds((Math.Max(0, NextGrantAt(now) - now) + windows) / (double)Time.TimestampFrequency);
    }

    protected override void WakeLater()
    {
        var now = Time.GetTimestamp();
        _timer.Change(TimeSpan.FromSeconds(Math.Max(0, NextGrantAt(now) - now) / (double)Time.TimestampFrequency), Timeout.InfiniteTimeSpan);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _timer.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>When the next grant may be made: a window after the oldest of the last grants, and not while paused.</summary>
    private long NextGrantAt(long now)
    {
        while (_grants.Count > 0 && now - _grants.Peek() >= _window)
        {
            _grants.Dequeue();
        }

        var free = _grants.Count < _permits ? now : _grants.Peek() + _window;
        return Math.Max(free, _pausedUntil);
    }
}
