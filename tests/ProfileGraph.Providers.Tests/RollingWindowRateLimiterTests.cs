using System.Diagnostics;
using System.Threading.RateLimiting;
using ProfileGraph.Providers.Resilience;
using ProfileGraph.Providers.Tests.Infrastructure;

namespace ProfileGraph.Providers.Tests;

public sealed class RollingWindowRateLimiterTests
{
    [Fact]
    public async Task NoWindowAnywhereHoldsMoreThanItsPermits()
    {
        var clock = new ManualTimeProvider();
        using var limiter = new RollingWindowRateLimiter(3, TimeSpan.FromMilliseconds(200), 100, clock);
        var leases = Enumerable.Range(0, 10).Select(_ => limiter.AcquireAsync().AsTask()).ToList();

        // The clock moves 10 ms at a time; each lease's grant time is when it was first seen granted.
        var granted = new TimeSpan?[leases.Count];
        for (var elapsed = TimeSpan.Zero; elapsed <= TimeSpan.FromSeconds(1); elapsed += TimeSpan.FromMilliseconds(10))
        {
            for (var i = 0; i < leases.Count; i++)
            {
                granted[i] ??= leases[i].IsCompleted ? elapsed : null;
            }

            clock.Advance(TimeSpan.FromMilliseconds(10));
        }

        Assert.All(await Task.WhenAll(leases), lease => Assert.True(lease.IsAcquired));

        // Three at once, then each grant waits exactly until the one three before it is a window old.
        var times = granted.Select(t => t!.Value.TotalMilliseconds).ToArray();
        Assert.Equal([0, 0, 0, 200, 200, 200, 400, 400, 400, 600], times);
    }

    [Fact]
    public async Task AFullQueueRefusesWithTheWaitItWouldHaveTaken()
    {
        using var limiter = new RollingWindowRateLimiter(1, TimeSpan.FromSeconds(10), 1, TimeProvider.System);
        using var first = await limiter.AcquireAsync();
        var queued = limiter.AcquireAsync();

        using var refused = await limiter.AcquireAsync();

        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.InRange(retryAfter, TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(20));
        Assert.Equal(1, limiter.GetStatistics()!.CurrentQueuedCount);
        limiter.Dispose();
        Assert.False((await queued).IsAcquired);
    }

    [Fact]
    public async Task ACancelledWaiterLeavesTheQueueAndTheNextOneIsServed()
    {
        using var limiter = new RollingWindowRateLimiter(1, TimeSpan.FromMilliseconds(300), 10, TimeProvider.System);
        using var first = await limiter.AcquireAsync();
        using var cancellation = new CancellationTokenSource();
        var cancelled = limiter.AcquireAsync(1, cancellation.Token);
        var next = limiter.AcquireAsync();

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await cancelled);
        Assert.True((await next).IsAcquired);
        Assert.Equal(0, limiter.GetStatistics()!.CurrentQueuedCount);
    }

    [Fact]
    public async Task APauseHoldsEveryGrantUntilItEnds()
    {
        using var limiter = new RollingWindowRateLimiter(100, TimeSpan.FromSeconds(1), 10, TimeProvider.System);
        var clock = Stopwatch.StartNew();

        limiter.PauseFor(TimeSpan.FromMilliseconds(300));

        Assert.False(limiter.AttemptAcquire().IsAcquired);
        using var lease = await limiter.AcquireAsync();
        Assert.True(lease.IsAcquired);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(290));
    }
}
