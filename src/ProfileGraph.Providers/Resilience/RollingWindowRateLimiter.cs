using System.Threading.RateLimiting;

namespace ProfileGraph.Providers.Resilience;

/// <summary>
/// At most <c>permits</c> grants in any window of length <c>window</c>, wherever the window falls: a grant waits
/// until the grant <c>permits</c> before it is a whole window old. Fixed windows and token buckets allow twice
/// the rate across a window boundary, which a provider counting from its own first request (GREEN-API's
/// 1 per second) answers with 429. Each grant is stamped when it is handed out, not when it was queued.
/// Waiters are served first come, first served.
/// </summary>
internal sealed class RollingWindowRateLimiter : RateLimiter
{
    private readonly int _permits;
    private readonly long _window;
    private readonly int _queueLimit;
    private readonly TimeProvider _time;
    private readonly ITimer _timer;
    private readonly Queue<long> _grants = new();
    private readonly LinkedList<Waiter> _waiters = new();
    private readonly Lock _lock = new();
    private long _pausedUntil;
    private long _lastGrant;
    private long _successful;
    private long _failed;
    private bool _disposed;

    public RollingWindowRateLimiter(int permits, TimeSpan window, int queueLimit, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permits, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(queueLimit);
        _permits = permits;
        _window = (long)(window.TotalSeconds * time.TimestampFrequency);
        _queueLimit = queueLimit;
        _time = time;
        _timer = time.CreateTimer(_ => ServeWaiters(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _lastGrant = time.GetTimestamp();
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                return _waiters.Count > 0 ? null : _time.GetElapsedTime(_lastGrant);
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            var now = _time.GetTimestamp();
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _waiters.Count == 0 && NextGrantAt(now) <= now ? 1 : 0,
                CurrentQueuedCount = _waiters.Count,
                TotalFailedLeases = _failed,
                TotalSuccessfulLeases = _successful,
            };
        }
    }

    /// <summary>No grants before <paramref name="delay"/> from now: the provider asked to wait (<c>Retry-After</c>).</summary>
    public void PauseFor(TimeSpan delay)
    {
        lock (_lock)
        {
            var until = _time.GetTimestamp() + (long)(delay.TotalSeconds * _time.TimestampFrequency);
            _pausedUntil = Math.Max(_pausedUntil, until);
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        CheckPermitCount(permitCount);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var now = _time.GetTimestamp();
            var next = NextGrantAt(now);
            if (_waiters.Count == 0 && next <= now)
            {
                return permitCount == 0 ? Lease.Acquired : Grant(now);
            }

            _failed++;
            return Lease.Refused(Until(next, now));
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        CheckPermitCount(permitCount);
        Waiter waiter;
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var now = _time.GetTimestamp();
            var next = NextGrantAt(now);
            if (_waiters.Count == 0 && next <= now)
            {
                return ValueTask.FromResult<RateLimitLease>(permitCount == 0 ? Lease.Acquired : Grant(now));
            }

            if (_waiters.Count >= _queueLimit)
            {
                _failed++;
                // Those queued go first: one more window per "permits" of them.
                var behind = (long)(_waiters.Count / _permits) * _window;
                return ValueTask.FromResult<RateLimitLease>(Lease.Refused(Until(next, now) + TimeSpan.FromSeconds((double)behind / _time.TimestampFrequency)));
            }

            waiter = new Waiter();
            waiter.Node = _waiters.AddLast(waiter);
            if (_waiters.Count == 1)
            {
                _timer.Change(Until(next, now), Timeout.InfiniteTimeSpan);
            }
        }

        if (cancellationToken.CanBeCanceled)
        {
            waiter.Cancellation = cancellationToken.Register(() => Cancel(waiter, cancellationToken));
        }

        return new ValueTask<RateLimitLease>(waiter.Completion.Task);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            List<Waiter> abandoned;
            lock (_lock)
            {
                _disposed = true;
                abandoned = [.. _waiters];
                _waiters.Clear();
            }

            _timer.Dispose();
            foreach (var waiter in abandoned)
            {
                waiter.Cancellation.Unregister();
                waiter.Completion.TrySetResult(Lease.Refused(TimeSpan.Zero));
            }
        }

        base.Dispose(disposing);
    }

    private static void CheckPermitCount(int permitCount) =>
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, 1, "a rolling-window limiter hands out one permit at a time");

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

    private Lease Grant(long now)
    {
        _grants.Enqueue(now);
        if (_grants.Count > _permits)
        {
            _grants.Dequeue();
        }

        _lastGrant = now;
        _successful++;
        return Lease.Acquired;
    }

    private TimeSpan Until(long next, long now) => TimeSpan.FromSeconds(Math.Max(0, next - now) / (double)_time.TimestampFrequency);

    /// <summary>The timer: hands out every grant now due, in queue order, then waits for the next.</summary>
    private void ServeWaiters()
    {
        lock (_lock)
        {
            while (_waiters.First is { } first)
            {
                var now = _time.GetTimestamp();
                var next = NextGrantAt(now);
                if (next > now)
                {
                    _timer.Change(Until(next, now), Timeout.InfiniteTimeSpan);
                    return;
                }

                _waiters.RemoveFirst();
                first.Value.Node = null;
                first.Value.Cancellation.Unregister();
                // Continuations run on the thread pool, so a waiter's send never runs under this lock.
                first.Value.Completion.TrySetResult(Grant(now));
            }
        }
    }

    private void Cancel(Waiter waiter, CancellationToken token)
    {
        lock (_lock)
        {
            if (waiter.Node is null)
            {
                return;
            }

            _waiters.Remove(waiter.Node);
            waiter.Node = null;
        }

        waiter.Completion.TrySetCanceled(token);
    }

    private sealed class Waiter
    {
        public TaskCompletionSource<RateLimitLease> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public LinkedListNode<Waiter>? Node { get; set; }

        public CancellationTokenRegistration Cancellation { get; set; }
    }

    /// <summary>A grant, or a refusal that says when to come back.</summary>
    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static Lease Acquired { get; } = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public static Lease Refused(TimeSpan retryAfter) => new(false, retryAfter);

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (retryAfter is { } value && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = value;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}
