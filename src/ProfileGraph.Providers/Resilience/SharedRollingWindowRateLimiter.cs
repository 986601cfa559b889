using System.Threading.RateLimiting;
using ProfileGraph.Providers.Redis;
using StackExchange.Redis;

namespace ProfileGraph.Providers.Resilience;

/// <summary>
/// The rolling-window limit of <see cref="RollingWindowRateLimiter"/> held across replicas in Redis
/// (<see cref="RedisRateWindow"/>): a provider's limit belongs to its account, not to a process. Waiters queue here
/// in fair turns as they do in-process; while any wait, one reservation at a time is taken from Redis, slept until,
/// and handed to the next waiter in turn, so replicas share the window in the order they asked and a flood on one
/// replica holds at most one of the window's moments. When Redis does not answer, the replica falls back to its
/// in-process window (which saw every grant it made) for a few seconds before asking Redis again; the telemetry says
/// so once. RedisRateLimiting's sliding window was not used: it stamps requests with each replica's own clock and
/// refuses rather than queues, so callers would poll and clock skew would let a window hold more.
/// </summary>
internal sealed class SharedRollingWindowRateLimiter : FairQueuedLimiter, IPausableRateLimiter
{
    private static readonly TimeSpan RedisRetryInterval = TimeSpan.FromSeconds(5);

    private readonly RollingWindow _local;
    private readonly RedisRateWindow _shared;
    private readonly TimeSpan _window;
    private readonly TimeSpan _maxWait;
    private readonly TimeSpan _tolerance;
    private readonly RedisConnection _redis;
    private readonly SharedLimitsHealth _health;
    private readonly CancellationTokenSource _disposed = new();
    private bool _ready;
    private bool _pumping;
    private long _redisAgainAt;
    private long _lastGrant;

    public SharedRollingWindowRateLimiter(
        string name,
        int permits,
        TimeSpan window,
        int queueLimit,
        TimeProvider time,
        TimeSpan maxWait,
        RedisConnection redis,
        SharedLimitsHealth health)
        : base(queueLimit, maxWait, time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permits, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        _local = new RollingWindow(permits, Ticks(window, time));
        _shared = new RedisRateWindow(name);
        _window = window;
        _maxWait = maxWait;
        _tolerance = TimeSpan.FromTicks(Math.Min(window.Ticks / 4, TimeSpan.FromMilliseconds(50).Ticks));
        _redis = redis;
        _health = health;
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

    public void PauseFor(TimeSpan delay)
    {
        lock (Gate)
        {
            _local.PauseUntil(Time.GetTimestamp() + Ticks(delay, Time));
        }

        _ = PauseSharedAsync(delay);
    }

    protected override bool CanGrant() => _ready;

    protected override RateLimitLease Grant()
    {
        var now = Time.GetTimestamp();
        _ready = false;
        _local.Record(now);
        _lastGrant = now;
        return Lease.Acquired;
    }

    /// <summary>This replica's view: its own grants; other replicas' show as a later reservation.</summary>
    protected override TimeSpan? EstimateWait(int ahead) =>
        TimeSpan.FromSeconds(_local.WaitFor(Time.GetTimestamp(), ahead) / (double)Time.TimestampFrequency);

    protected override void WakeLater()
    {
        if (!_pumping)
        {
            _pumping = true;
            _ = Task.Run(PumpAsync);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _disposed.Cancel();
            _disposed.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>While callers wait: reserve a moment, sleep until it, hand it to the waiter whose turn it is.</summary>
    private async Task PumpAsync()
    {
        try
        {
            while (true)
            {
                lock (Gate)
                {
                    if (Waiting == 0 || _disposed.IsCancellationRequested)
                    {
                        _pumping = false;
                        return;
                    }
                }

                var asked = Time.GetTimestamp();
                var (reserved, wait) = await ReserveAsync().ConfigureAwait(false);
                var answered = Time.GetTimestamp();
                if (!reserved)
                {
                    RefuseWaiting(wait);
                    continue;
                }

                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, Time, _disposed.Token).ConfigureAwait(false);
                }

                // A moment used late (a slow answer from Redis, a late wake-up) would crowd the next one, which
                // another replica may use on time: past the tolerance it is dropped and another reserved.
                var late = Time.GetElapsedTime(answered) - wait + Time.GetElapsedTime(asked, answered);
                if (late > _tolerance)
                {
                    continue;
                }

                // A moment not taken at once (its waiter gave up) is dropped: handed out later it could crowd a window.
                lock (Gate)
                {
                    _ready = true;
                }

                Serve();
                lock (Gate)
                {
                    _ready = false;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException)
        {
            lock (Gate)
            {
                _pumping = false;
            }
        }
    }

    private async Task<(bool Reserved, TimeSpan Wait)> ReserveAsync()
    {
        if (Time.GetTimestamp() >= Volatile.Read(ref _redisAgainAt))
        {
            try
            {
                var redis = (await _redis.ConnectAsync().ConfigureAwait(false)).GetDatabase();
                var reservation = await _shared.ReserveAsync(redis, _local.Permits, _window, _maxWait).ConfigureAwait(false);
                _health.Answered();
                return reservation;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Whatever Redis did (down, timed out, answered oddly), the pump must go on: in-process for a while.
                Volatile.Write(ref _redisAgainAt, Time.GetTimestamp() + Ticks(RedisRetryInterval, Time));
                _health.Failed(exception);
            }
        }

        lock (Gate)
        {
            var now = Time.GetTimestamp();
            return (true, TimeSpan.FromSeconds(Math.Max(0, _local.NextGrantAt(now) - now) / (double)Time.TimestampFrequency));
        }
    }

    private async Task PauseSharedAsync(TimeSpan delay)
    {
        try
        {
            await _shared.PauseAsync((await _redis.ConnectAsync().ConfigureAwait(false)).GetDatabase(), delay).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            _health.Failed(exception);
        }
    }

    private static long Ticks(TimeSpan span, TimeProvider time) => (long)(span.TotalSeconds * time.TimestampFrequency);
}
