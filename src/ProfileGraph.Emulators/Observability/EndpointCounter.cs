using System.Collections.Concurrent;

namespace ProfileGraph.Emulators.Observability;

/// <summary>Live, thread-safe counts for one endpoint of one provider.</summary>
public sealed class EndpointCounter(TimeProvider clock)
{
    /// <summary>How many request arrival times are kept: enough to check a client's pacing, bounded for long runs.</summary>
    public const int MaxRequestTimes = 4096;

    private readonly ConcurrentDictionary<int, long> _batchSizes = new();
    private readonly ConcurrentDictionary<string, long> _outcomes = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _requestTimes = new();
    private long _requests;
    private long _keys;

    /// <summary>Counts a request and notes when it arrived, which it returns.</summary>
    public DateTimeOffset AddRequest()
    {
        Interlocked.Increment(ref _requests);
        var now = clock.GetUtcNow();
        lock (_requestTimes)
        {
            if (_requestTimes.Count == MaxRequestTimes)
            {
                _requestTimes.Dequeue();
            }

            _requestTimes.Enqueue(now);
        }

        return now;
    }

    /// <summary>Keys (user ids, chat ids) the request asked for.</summary>
    public void AddKeys(int count) => Interlocked.Add(ref _keys, count);

    /// <summary>How many records one answer carried.</summary>
    public void AddBatch(int size) => _batchSizes.AddOrUpdate(size, 1, static (_, count) => count + 1);

    /// <summary>An HTTP status code, or a name such as "error", "timeout", "reset", "close".</summary>
    public void AddOutcome(string outcome) => _outcomes.AddOrUpdate(outcome, 1, static (_, count) => count + 1);

    public EndpointCounterSnapshot Snapshot() => new(
        Interlocked.Read(ref _requests),
        Interlocked.Read(ref _keys),
        new SortedDictionary<int, long>(_batchSizes),
        new SortedDictionary<string, long>(_outcomes, StringComparer.Ordinal));

    /// <summary>Arrival times of the last <see cref="MaxRequestTimes"/> requests, oldest first, on the emulators' clock.</summary>
    public IReadOnlyList<DateTimeOffset> RequestTimes()
    {
        lock (_requestTimes)
        {
            return [.. _requestTimes];
        }
    }

    // Zeroed in place rather than dropped, so a request still in flight counts towards the new period.
    public void Reset()
    {
        Interlocked.Exchange(ref _requests, 0);
        Interlocked.Exchange(ref _keys, 0);
        _batchSizes.Clear();
        _outcomes.Clear();
        lock (_requestTimes)
        {
            _requestTimes.Clear();
        }
    }
}
