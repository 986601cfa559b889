using System.Threading.RateLimiting;
using ProfileGraph.Providers.Resilience;
using ProfileGraph.Providers.Tests.Infrastructure;

namespace ProfileGraph.Providers.Tests;

/// <summary>Waiting callers are served in turns between flows, and a caller whose turn would come too late is refused at once.</summary>
public sealed class FairQueuedLimiterTests
{
    [Fact]
    public async Task A_flow_that_queued_many_calls_takes_turns_with_a_flow_that_queued_one()
    {
        var clock = new ManualTimeProvider();
        using var limiter = new RollingWindowRateLimiter(1, TimeSpan.FromSeconds(1), 100, clock);
        var order = new List<string>();
        var busy = Enumerable.Range(0, 5).Select(i => InFlow("busy", () => Granted(limiter, order, $"busy {i}"))).ToList();
        var quiet = InFlow("quiet", () => Granted(limiter, order, "quiet"));

        for (var second = 0; second < 6; second++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20);
        }

        await Task.WhenAll([.. busy, quiet]).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["busy 0", "busy 1", "quiet", "busy 2", "busy 3", "busy 4"], order);
    }

    [Fact]
    public async Task A_caller_whose_turn_would_come_after_its_deadline_is_refused_at_once()
    {
        var clock = new ManualTimeProvider();
        using var limiter = new RollingWindowRateLimiter(1, TimeSpan.FromSeconds(1), 100, clock);
        var queued = Enumerable.Range(0, 10).Select(_ => limiter.AcquireAsync().AsTask()).ToList();

        // In turns, a new flow's first call is next but one: two seconds away, past a deadline a second and a half away.
        using var refused = await InFlow("hurried", () => limiter.AcquireAsync().AsTask(), deadline: clock.GetUtcNow() + TimeSpan.FromSeconds(1.5)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(2), retryAfter);
        Assert.Equal(9, limiter.GetStatistics()!.CurrentQueuedCount);
        limiter.Dispose();
        await Task.WhenAll(queued).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Concurrency_slots_go_in_turns_between_flows()
    {
        using var limiter = new FairConcurrencyLimiter(1, 100, TimeProvider.System);
        var order = new List<string>();
        var first = await limiter.AcquireAsync();
        var busy = Enumerable.Range(0, 3).Select(i => InFlow("busy", () => Granted(limiter, order, $"busy {i}", release: true))).ToList();
        var quiet = InFlow("quiet", () => Granted(limiter, order, "quiet", release: true));

        first.Dispose();
        await Task.WhenAll([.. busy, quiet]).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["busy 0", "quiet", "busy 1", "busy 2"], order);
    }

    private static async Task Granted(RateLimiter limiter, List<string> order, string name, bool release = false)
    {
        var lease = await limiter.AcquireAsync();
        Assert.True(lease.IsAcquired);
        lock (order)
        {
            order.Add(name);
        }

        if (release)
        {
            lease.Dispose();
        }
    }

    /// <summary>Starts <paramref name="work"/> as the flow <paramref name="name"/>'s: its calls queue under that name.</summary>
    private static Task<T> InFlow<T>(string name, Func<Task<T>> work, DateTimeOffset? deadline = null)
    {
        using (ProviderCallFlow.Begin(name, deadline))
        {
            return work();
        }
    }

    private static Task InFlow(string name, Func<Task> work)
    {
        using (ProviderCallFlow.Begin(name, null))
        {
            return work();
        }
    }
}
