using System.Threading.RateLimiting;
using ProfileGraph.Providers.Resilience;
using StackExchange.Redis;

namespace ProfileGraph.Server.Hosting;

/// <summary>
/// A limiter held in Redis, with an in-process one that stands in while Redis does not answer (and for a few seconds
/// after each failure, so an outage costs one failed round trip, not one per request).
/// </summary>
internal sealed class FallbackRateLimiter(RateLimiter shared, RateLimiter local, SharedLimitsHealth health, TimeProvider time) : RateLimiter
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(5);

    private long _sharedAgainAt;

    public override TimeSpan? IdleDuration => local.IdleDuration;

    public override RateLimiterStatistics? GetStatistics() => local.GetStatistics();

    /// <summary>Redis answers only asynchronously: a synchronous attempt says no, and the caller asks again asynchronously.</summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        UsesLocal() ? local.AttemptAcquire(permitCount) : shared.AttemptAcquire(permitCount);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (!UsesLocal())
        {
            try
            {
                var lease = await shared.AcquireAsync(permitCount, cancellationToken).ConfigureAwait(false);
                health.Answered();
                if (lease.IsAcquired)
                {
                    // The stand-in counts what Redis granted, so an outage does not hand out the minute again.
                    local.AttemptAcquire(permitCount).Dispose();
                }

                return lease;
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                Volatile.Write(ref _sharedAgainAt, time.GetTimestamp() + (long)(RetryInterval.TotalSeconds * time.TimestampFrequency));
                health.Failed(exception);
            }
        }

        return await local.AcquireAsync(permitCount, cancellationToken).ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            shared.Dispose();
            local.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool UsesLocal() => time.GetTimestamp() < Volatile.Read(ref _sharedAgainAt);
}
