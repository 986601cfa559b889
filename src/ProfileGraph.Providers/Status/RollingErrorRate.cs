namespace ProfileGraph.Providers.Status;

/// <summary>
/// Calls and failures over the last <c>window</c>, in twelve buckets: old buckets are reused as time moves on,
/// so the counts cost constant memory and the rate follows the provider within a twelfth of the window.
/// </summary>
internal sealed class RollingErrorRate(TimeSpan window, TimeProvider time)
{
    private const int BucketCount = 12;

    private readonly Bucket[] _buckets = Enumerable.Range(0, BucketCount).Select(_ => new Bucket()).ToArray();
    private readonly long _bucketTicks = Math.Max(1, window.Ticks / BucketCount);
    private readonly Lock _lock = new();

    public TimeSpan Window => window;

    public void Record(bool failed)
    {
        var index = time.GetUtcNow().UtcTicks / _bucketTicks;
        lock (_lock)
        {
            var bucket = _buckets[index % BucketCount];
            if (bucket.Index != index)
            {
                bucket.Index = index;
                bucket.Calls = 0;
                bucket.Failures = 0;
            }

            bucket.Calls++;
            bucket.Failures += failed ? 1 : 0;
        }
    }

    public (long Calls, long Failures) Totals()
    {
        var current = time.GetUtcNow().UtcTicks / _bucketTicks;
        long calls = 0, failures = 0;
        lock (_lock)
        {
            foreach (var bucket in _buckets.Where(bucket => bucket.Index > current - BucketCount && bucket.Index <= current))
            {
                calls += bucket.Calls;
                failures += bucket.Failures;
            }
        }

        return (calls, failures);
    }

    private sealed class Bucket
    {
        public long Index { get; set; } = -1;

        public long Calls { get; set; }

        public long Failures { get; set; }
    }
}
