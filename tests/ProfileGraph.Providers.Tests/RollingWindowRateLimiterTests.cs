using System.Diagnostics;
using System.Threading.RateLimiting;
using ProfileGraph.Providers.Resilience;

namespace ProfileGraph.Providers.Tests;

public sealed class RollingWindowRateLimiterTests
{
    [Fact]
    public async Task NoWindowAnywhereHoldsMoreThanItsPermits()
    {
        using var limiter = new RollingWindowRateLimiter(3, TimeSpan.FromMilliseconds(200), 100, TimeProvider.System);
        var clock = Stopwatch.StartNew();

        var granted = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            using var lease = await limiter.AcquireAsync();
            Assert.True(lease.IsAcquired);
            return clock.Elapsed;
        }));

        var times = granted.Order().ToList();
        // Three at once, then each grant waits until the one three before it is a window old.
        Assert.All(Enumerable.Range(0, times.Count - 3), i => Assert.True(times[i + 3] - times[i] >= TimeSpan.FromMilliseconds(195), $"grants {i} and {i + 3} {(times[i + 3] - times[i]).TotalMilliseconds} ms apart"));
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
