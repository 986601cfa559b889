using System.Threading.RateLimiting;

namespace ProfileGraph.Providers.Resilience;

/// <summary>
/// At most <c>permits</c> calls in flight; a permit comes back when its lease is disposed. Unlike
/// System.Threading.RateLimiting's <c>ConcurrencyLimiter</c>, whose queue is first come first served, waiters are
/// served in turns between flows (<see cref="FairQueuedLimiter"/>), so calls queued by one request cannot keep a
/// slot from another request's call until they have all run.
/// </summary>
internal sealed class FairConcurrencyLimiter(int permits, int queueLimit, TimeProvider time) : FairQueuedLimiter(queueLimit, TimeSpan.MaxValue, time)
{
    private int _inFlight;
    private long _idleSince = time.GetTimestamp();

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (Gate)
            {
                return _inFlight > 0 || Waiting > 0 ? null : Time.GetElapsedTime(_idleSince);
            }
        }
    }

    protected override bool CanGrant() => _inFlight < permits;

    protected override RateLimitLease Grant()
    {
        _inFlight++;
        return new Lease(true, null, Release);
    }

    // How long calls take is unknown here: a concurrency wait is never refused for its length.
    protected override TimeSpan? EstimateWait(int ahead) => null;

    // A permit comes back with a lease, not with time.
    protected override void WakeLater()
    {
    }

    private void Release()
    {
        lock (Gate)
        {
            _inFlight--;
            if (_inFlight == 0)
            {
                _idleSince = Time.GetTimestamp();
            }
        }

        Serve();
    }
}
