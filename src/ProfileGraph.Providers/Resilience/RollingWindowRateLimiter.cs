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
internal sealed class RollingWindowRateLimiter : FairQueuedLimiter, IPausableRateLimiter
{
    private readonly RollingWindow _window;
    private readonly ITimer _timer;
    private long _lastGrant;

    public RollingWindowRateLimiter(int permits, TimeSpan window, int queueLimit, TimeProvider time, TimeSpan? maxWait = null)
        : base(queueLimit, maxWait ?? TimeSpan.MaxValue, time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permits, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        _window = new RollingWindow(permits, (long)(window.TotalSeconds * time.TimestampFrequency));
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
            _window.PauseUntil(Time.GetTimestamp() + (long)(delay.TotalSeconds * Time.TimestampFrequency));
        }
    }

    protected override bool CanGrant()
    {
        var now = Time.GetTimestamp();
        return _window.NextGrantAt(now) <= now;
    }

    protected override RateLimitLease Grant()
    {
        var now = Time.GetTimestamp();
        _window.Record(now);
        _lastGrant = now;
        return Lease.Acquired;
    }

    /// <summary>Until the next grant, then one window for every <c>permits</c> grants ahead.</summary>
    protected override TimeSpan? EstimateWait(int ahead)
    {
        return TimeSpan.FromSeconds(_window.WaitFor(Time.GetTimestamp(), ahead) / (double)Time.TimestampFrequency);
    }

    protected override void WakeLater()
    {
        var now = Time.GetTimestamp();
        _timer.Change(TimeSpan.FromSeconds(Math.Max(0, _window.NextGrantAt(now) - now) / (double)Time.TimestampFrequency), Timeout.InfiniteTimeSpan);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _timer.Dispose();
        }

        base.Dispose(disposing);
    }
}
