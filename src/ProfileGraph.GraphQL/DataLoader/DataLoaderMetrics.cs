using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ProfileGraph.GraphQL.DataLoader;

/// <summary>
/// The loaders' <see cref="System.Diagnostics.Metrics"/> instruments: one measurement per fetch, tagged with the
/// loader's name (and <c>error.type</c> when the fetch threw), named after OpenTelemetry's conventions.
/// </summary>
public static class DataLoaderMetrics
{
    public const string MeterName = "ProfileGraph.DataLoader";
    public const string BatchCountName = "profilegraph.dataloader.batches";
    public const string BatchSizeName = "profilegraph.dataloader.batch_size";
    public const string BatchDurationName = "profilegraph.dataloader.batch_duration";
    public const string LoaderNameTag = "profilegraph.dataloader.name";
    public const string ErrorTypeTag = "error.type";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> BatchCount = Meter.CreateCounter<long>(
        BatchCountName, unit: "{batch}", description: "Fetches a data loader made.");

    private static readonly Histogram<int> BatchSize = Meter.CreateHistogram<int>(
        BatchSizeName, unit: "{key}", description: "Keys per fetch.",
        advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500] });

    private static readonly Histogram<double> BatchDuration = Meter.CreateHistogram<double>(
        BatchDurationName, unit: "s", description: "Time a fetch took, from its call until its results were known.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    internal static void RecordFetch(string loaderName, int keyCount, TimeSpan duration, Exception? error)
    {
        if (!BatchCount.Enabled && !BatchSize.Enabled && !BatchDuration.Enabled)
        {
            return;
        }

        var tags = new TagList { { LoaderNameTag, loaderName } };
        if (error is not null)
        {
            tags.Add(ErrorTypeTag, error.GetType().FullName);
        }

        BatchCount.Add(1, tags);
        BatchSize.Record(keyCount, tags);
        BatchDuration.Record(duration.TotalSeconds, tags);
    }
}
