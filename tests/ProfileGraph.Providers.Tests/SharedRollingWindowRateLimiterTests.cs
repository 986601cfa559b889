using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using ProfileGraph.Providers.Redis;
using ProfileGraph.Providers.Resilience;
using ProfileGraph.Providers.Tests.Infrastructure;
using ProfileGraph.Testing;

namespace ProfileGraph.Providers.Tests;

/// <summary>
/// A rate limit held in a real redis-server by two limiters, as two replicas hold it: together they keep
/// "no window holds more than N", where two in-process limiters each spend the whole limit.
/// </summary>
public sealed class SharedRollingWindowRateLimiterTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task Two_replicas_together_grant_no_more_than_the_limit_in_any_window()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var replicas = await new Replicas(redis.ConnectionString).ConnectedAsync();

        var grants = await AcquireFromBothAsync(replicas.A, replicas.B, each: 4);

        // Eight grants a window apart, in whichever order the replicas reserved them, all through Redis: seven windows
        // from first to last (the test's own continuations may run late on a busy machine, bunching single gaps;
        // two replicas each with the whole limit would be done in four).
        Assert.DoesNotContain(replicas.Logs.Entries, entry => entry.Level >= LogLevel.Warning);
        Assert.Equal(8, grants.Count);
        Assert.True(grants[^1] - grants[0] >= 7 * Window - TimeSpan.FromMilliseconds(50), Describe(grants));
    }

    [Fact]
    public async Task Without_redis_two_in_process_limiters_each_spend_the_whole_limit()
    {
        using var a = new RollingWindowRateLimiter(1, Window, 100, TimeProvider.System);
        using var b = new RollingWindowRateLimiter(1, Window, 100, TimeProvider.System);

        var grants = await AcquireFromBothAsync(a, b, each: 2);

        // What the shared limit is for: the first grant of each lands at once, both inside one window.
        Assert.True(grants[1] - grants[0] < Window / 2, $"grants at {string.Join(", ", grants.Select(g => g.TotalMilliseconds))} ms");
    }

    [Fact]
    public async Task A_providers_retry_after_pauses_every_replica()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var replicas = await new Replicas(redis.ConnectionString).ConnectedAsync();
        using (await replicas.A.AcquireAsync())
        {
        }

        ((IPausableRateLimiter)replicas.A).PauseFor(TimeSpan.FromSeconds(1));
        await Task.Delay(100);   // the pause is written in the background
        var clock = Stopwatch.StartNew();
        using var lease = await replicas.B.AcquireAsync();

        Assert.True(lease.IsAcquired);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(700), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task When_redis_stops_each_replica_keeps_its_own_limit_and_says_so_once()
    {
        var redis = await RedisServer.StartAsync();
        await using var replicas = await new Replicas(redis.ConnectionString).ConnectedAsync();
        using (await replicas.A.AcquireAsync())
        {
        }

        await redis.DisposeAsync();
        var grants = new List<TimeSpan>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 4; i++)
        {
            using var lease = await replicas.A.AcquireAsync();
            Assert.True(lease.IsAcquired);
            grants.Add(clock.Elapsed);
        }

        using (var other = await replicas.B.AcquireAsync())
        {
            Assert.True(other.IsAcquired);
        }

        // In-process, one replica still spaces its own grants a window apart.
        AssertSpacedByWindow(grants);
        Assert.Single(replicas.Logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Text.Contains("is unavailable", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_wait_longer_than_the_longest_allowed_is_refused_with_when_to_come_back()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var replicas = await new Replicas(redis.ConnectionString, window: TimeSpan.FromSeconds(5), maxWait: TimeSpan.FromSeconds(1)).ConnectedAsync();
        using var first = await replicas.A.AcquireAsync();

        // Replica B's local window is empty; only Redis knows A's grant, and that the next moment is 5 s away.
        using var refused = await replicas.B.AcquireAsync();

        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.InRange(retryAfter, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(5.1));
    }

    /// <summary>Both limiters asked at once, <paramref name="each"/> callers each; the grant times, sorted.</summary>
    private static async Task<List<TimeSpan>> AcquireFromBothAsync(RateLimiter a, RateLimiter b, int each)
    {
        var clock = Stopwatch.StartNew();
        var grants = new ConcurrentBag<TimeSpan>();
        async Task AcquireAsync(RateLimiter limiter)
        {
            using var lease = await limiter.AcquireAsync();
            Assert.True(lease.IsAcquired);
            grants.Add(clock.Elapsed);
        }

        await Task.WhenAll(Enumerable.Range(0, each).SelectMany(_ => new[] { AcquireAsync(a), AcquireAsync(b) }));
        return [.. grants.Order()];
    }

    /// <summary>Consecutive grants a window apart (less a little for the two replicas' wake-up jitter).</summary>
    private static void AssertSpacedByWindow(List<TimeSpan> grants)
    {
        var gaps = grants.Zip(grants.Skip(1), (earlier, later) => later - earlier).ToList();
        Assert.All(gaps, gap => Assert.True(gap >= Window - TimeSpan.FromMilliseconds(25), Describe(grants)));
    }

    private static string Describe(List<TimeSpan> grants) =>
        $"grants at {string.Join(", ", grants.Select(g => g.TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))} ms";

    /// <summary>Two limiters of one limit, each with its own connection to Redis, as two replicas have.</summary>
    private sealed class Replicas : IAsyncDisposable
    {
        private readonly RedisConnection _connectionA;
        private readonly RedisConnection _connectionB;
        private readonly ILoggerFactory _loggers;

        public Replicas(string connectionString, TimeSpan? window = null, TimeSpan? maxWait = null)
        {
            _loggers = LoggerFactory.Create(builder => builder.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
            var health = new SharedLimitsHealth(_loggers.CreateLogger<SharedLimitsHealth>());
            _connectionA = new RedisConnection(connectionString);
            _connectionB = new RedisConnection(connectionString);
            var name = "Test:" + Guid.NewGuid().ToString("N");
            A = new SharedRollingWindowRateLimiter(name, 1, window ?? Window, 100, TimeProvider.System, maxWait ?? TimeSpan.FromSeconds(10), _connectionA, health);
            B = new SharedRollingWindowRateLimiter(name, 1, window ?? Window, 100, TimeProvider.System, maxWait ?? TimeSpan.FromSeconds(10), _connectionB, health);
        }

        public CapturedLogs Logs { get; } = new();

        /// <summary>
        /// Both connections up before anything is measured: a first connection slower than Redis's timeout (a busy
        /// machine) would send a limiter to its in-process fallback, which is the outage test's subject, not this.
        /// </summary>
        public async Task<Replicas> ConnectedAsync()
        {
            await (await _connectionA.ConnectAsync()).GetDatabase().PingAsync();
            await (await _connectionB.ConnectAsync()).GetDatabase().PingAsync();
            return this;
        }

        public RateLimiter A { get; }

        public RateLimiter B { get; }

        public async ValueTask DisposeAsync()
        {
            A.Dispose();
            B.Dispose();
            await _connectionA.DisposeAsync();
            await _connectionB.DisposeAsync();
            _loggers.Dispose();
        }
    }
}
