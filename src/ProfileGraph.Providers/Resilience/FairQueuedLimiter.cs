using System.Threading.RateLimiting;

namespace ProfileGraph.Providers.Resilience;

/// <summary>
/// A limiter whose waiting callers are served fairly between flows (<see cref="ProviderCallFlow"/>): one waiter of
/// each waiting flow in turn, first come first served within a flow. A caller whose turn would come after its flow's
/// deadline (or after <c>maxWait</c>) is refused at once, with the wait as its retry-after, rather than held. A
/// subclass says when a permit can be granted; this class keeps the queue, cancellation and disposal.
/// </summary>
internal abstract class FairQueuedLimiter : RateLimiter
{
    private readonly int _queueLimit;
    private readonly TimeSpan _maxWait;
    private readonly Dictionary<string, LinkedList<Waiter>> _flows = new(StringComparer.Ordinal);
    private readonly LinkedList<string> _turns = new();
    private long _successful;
    private long _failed;
    private bool _disposed;

    protected FairQueuedLimiter(int queueLimit, TimeSpan maxWait, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(queueLimit);
        _queueLimit = queueLimit;
        _maxWait = maxWait;
        Time = time;
    }

    protected Lock Gate { get; } = new();

    protected TimeProvider Time { get; }

    /// <summary>Callers waiting, all flows together.</summary>
    protected int Waiting { get; private set; }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (Gate)
        {
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = Waiting == 0 && CanGrant() ? 1 : 0,
                CurrentQueuedCount = Waiting,
                TotalFailedLeases = _failed,
                TotalSuccessfulLeases = _successful,
            };
        }
    }

    /// <summary>Under the gate: whether a permit can be granted now.</summary>
    protected abstract bool CanGrant();

    /// <summary>Under the gate: takes a permit that <see cref="CanGrant"/> said is there.</summary>
    protected abstract RateLimitLease Grant();

    /// <summary>Under the gate: how long until <paramref name="ahead"/> more grants and then one for a new caller can be made, when known.</summary>
    protected abstract TimeSpan? EstimateWait(int ahead);

    /// <summary>Under the gate: a permit is not there yet; arrange for <see cref="Serve"/> to run when it may be.</summary>
    protected abstract void WakeLater();

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        CheckPermitCount(permitCount);
        lock (Gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (Waiting == 0 && CanGrant())
            {
                return permitCount == 0 ? Lease.Acquired : Granted();
            }

            _failed++;
            return Lease.Refused(EstimateWait(0));
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        CheckPermitCount(permitCount);
        var flow = ProviderCallFlow.Current;
        Waiter waiter;
        lock (Gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (Waiting == 0 && CanGrant())
            {
                return ValueTask.FromResult<RateLimitLease>(permitCount == 0 ? Lease.Acquired : Granted());
            }

            var queue = _flows.GetValueOrDefault(flow.Name);
            var wait = EstimateWait(AheadOf(flow.Name, queue?.Count ?? 0));
            if (Waiting >= _queueLimit || (wait is { } expected && (expected > _maxWait || (flow.Deadline is { } deadline && Time.GetUtcNow() + expected > deadline))))
            {
                _failed++;
                return ValueTask.FromResult<RateLimitLease>(Lease.Refused(wait));
            }

            if (queue is null)
            {
                queue = new LinkedList<Waiter>();
                _flows[flow.Name] = queue;
                _turns.AddLast(flow.Name);
            }

            waiter = new Waiter(flow.Name);
            waiter.Node = queue.AddLast(waiter);
            Waiting++;
            if (Waiting == 1)
            {
                WakeLater();
            }
        }

        if (cancellationToken.CanBeCanceled)
        {
            waiter.Cancellation = cancellationToken.Register(() => Cancel(waiter, cancellationToken));
        }

        return new ValueTask<RateLimitLease>(waiter.Completion.Task);
    }

    /// <summary>Hands out every permit that can be granted now, one waiting flow at a time, then waits for the next.</summary>
    protected void Serve()
    {
        lock (Gate)
        {
            while (_turns.First is { } turn)
            {
                if (!CanGrant())
                {
                    WakeLater();
                    return;
                }

                var queue = _flows[turn.Value];
                var waiter = queue.First!.Value;
                queue.RemoveFirst();
                waiter.Node = null;
                Waiting--;
                _turns.RemoveFirst();
                if (queue.Count > 0)
                {
                    _turns.AddLast(turn);
                }
                else
                {
                    _flows.Remove(turn.Value);
                }

                waiter.Cancellation.Unregister();
                // Continuations run on the thread pool, so a waiter's call never runs under the gate.
                waiter.Completion.TrySetResult(Granted());
            }
        }
    }

    /// <summary>Refuses every waiting caller, with when to come back: no permit can come in time for them.</summary>
    protected void RefuseWaiting(TimeSpan retryAfter)
    {
        foreach (var waiter in TakeAllWaiting())
        {
            waiter.Cancellation.Unregister();
            waiter.Completion.TrySetResult(Lease.Refused(retryAfter));
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            lock (Gate)
            {
                _disposed = true;
            }

            RefuseWaiting(TimeSpan.Zero);
        }

        base.Dispose(disposing);
    }

    private List<Waiter> TakeAllWaiting()
    {
        lock (Gate)
        {
            List<Waiter> all = [.. _flows.Values.SelectMany(queue => queue)];
            foreach (var waiter in all)
            {
                waiter.Node = null;
            }

            _failed += all.Count;
            _flows.Clear();
            _turns.Clear();
            Waiting = 0;
            return all;
        }
    }

    private static void CheckPermitCount(int permitCount) =>
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, 1, "this limiter hands out one permit at a time");

    /// <summary>
    /// How many waiters are served before a new one of <paramref name="flow"/>, which has <paramref name="queued"/>
    /// waiting: its own, and one of every other flow's per turn, for as many turns as it waits, at most.
    /// </summary>
    private int AheadOf(string flow, int queued) =>
        queued + _flows.Where(other => other.Key != flow).Sum(other => Math.Min(other.Value.Count, queued + 1));

    private RateLimitLease Granted()
    {
        _successful++;
        return Grant();
    }

    private void Cancel(Waiter waiter, CancellationToken token)
    {
        lock (Gate)
        {
            if (waiter.Node is null)
            {
                return;
            }

            var queue = _flows[waiter.Flow];
            queue.Remove(waiter.Node);
            waiter.Node = null;
            Waiting--;
            if (queue.Count == 0)
            {
                _flows.Remove(waiter.Flow);
                _turns.Remove(waiter.Flow);
            }
        }

        waiter.Completion.TrySetCanceled(token);
    }

    private sealed class Waiter(string flow)
    {
        public string Flow => flow;

        public TaskCompletionSource<RateLimitLease> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public LinkedListNode<Waiter>? Node { get; set; }

        public CancellationTokenRegistration Cancellation { get; set; }
    }

    /// <summary>A grant, or a refusal that says when to come back.</summary>
    protected sealed class Lease(bool acquired, TimeSpan? retryAfter, Action? release) : RateLimitLease
    {
        private Action? _release = release;

        public static Lease Acquired { get; } = new(true, null, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public static Lease Refused(TimeSpan? retryAfter) => new(false, retryAfter, null);

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

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Interlocked.Exchange(ref _release, null)?.Invoke();
            }

            base.Dispose(disposing);
        }
    }
}
