using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using ProfileGraph.GraphQL.DataLoader;

namespace ProfileGraph.GraphQL.Tests.DataLoader;

public sealed class DataLoaderMetricsTests : IDisposable
{
    // Tests run in parallel and share the static meter: each listens only to its own uniquely named loader.
    private readonly string _loaderName = $"metrics-{Guid.NewGuid():N}";
    private readonly ConcurrentQueue<Measurement> _measurements = new();
    private readonly MeterListener _listener = new();

    public DataLoaderMetricsTests()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == DataLoaderMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    public void Dispose() => _listener.Dispose();

    [Fact]
    public async Task Every_fetch_records_one_batch_with_its_size_and_duration_in_seconds()
    {
        var scheduler = new ExecutorBatchScheduler();
        var loader = TestLoaders.Strings(scheduler, new FetchLog<int>(), new DataLoaderOptions { Name = _loaderName, MaxBatchSize = 1000 });

        var values = loader.LoadAsync(Enumerable.Range(0, 2500).ToArray());
        await scheduler.DispatchPendingAsync();
        await values;

        Assert.Equal([1, 1, 1], Values(DataLoaderMetrics.BatchCountName));
        Assert.Equal([500, 1000, 1000], Values(DataLoaderMetrics.BatchSizeName).Order());
        var durations = _measurements.Where(m => m.Instrument.Name == DataLoaderMetrics.BatchDurationName).ToArray();
        Assert.Equal(3, durations.Length);
        Assert.All(durations, duration => Assert.Equal("s", duration.Instrument.Unit));
        Assert.All(durations, duration => Assert.InRange(duration.Value, 0, 60));
        Assert.All(_measurements, measurement => Assert.Null(measurement.ErrorType));
    }

    [Fact]
    public async Task A_fetch_that_throws_is_recorded_with_its_error_type()
    {
        var scheduler = new ExecutorBatchScheduler();
        var loader = new DelegateBatchDataLoader<int, int>((_, _) => throw new TimeoutException(), scheduler,
            new DataLoaderOptions { Name = _loaderName });

        var value = loader.LoadAsync([1, 2]);
        await scheduler.DispatchPendingAsync();

        await Assert.ThrowsAsync<TimeoutException>(() => value);
        Assert.Equal([1], Values(DataLoaderMetrics.BatchCountName));
        Assert.Equal([2], Values(DataLoaderMetrics.BatchSizeName));
        Assert.All(_measurements, measurement => Assert.Equal("System.TimeoutException", measurement.ErrorType));
    }

    [Fact]
    public async Task A_cache_loader_records_a_batch_of_one_per_key()
    {
        var scheduler = new ExecutorBatchScheduler();
        var loader = new DelegateCacheDataLoader<int, int>((key, _) => Task.FromResult(key), scheduler, new DataLoaderOptions { Name = _loaderName });

        var values = loader.LoadAsync([1, 2, 3, 3]);
        await scheduler.DispatchPendingAsync();
        await values;

        Assert.Equal([1, 1, 1], Values(DataLoaderMetrics.BatchCountName));
        Assert.Equal([1, 1, 1], Values(DataLoaderMetrics.BatchSizeName));
    }

    private double[] Values(string instrument) =>
        [.. _measurements.Where(m => m.Instrument.Name == instrument).Select(m => m.Value)];

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags) where T : struct, IConvertible
    {
        string? loader = null;
        string? errorType = null;
        foreach (var (key, tagValue) in tags)
        {
            if (key == DataLoaderMetrics.LoaderNameTag)
            {
                loader = tagValue as string;
            }
            else if (key == DataLoaderMetrics.ErrorTypeTag)
            {
                errorType = tagValue as string;
            }
        }

        if (loader == _loaderName)
        {
            _measurements.Enqueue(new Measurement(instrument, value.ToDouble(null), errorType));
        }
    }

    private sealed record Measurement(Instrument Instrument, double Value, string? ErrorType);
}
