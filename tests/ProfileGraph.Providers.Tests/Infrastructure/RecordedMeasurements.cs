using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using ProfileGraph.Providers.Resilience;

namespace ProfileGraph.Providers.Tests.Infrastructure;

/// <summary>
/// Every measurement of the providers' meter created by one <see cref="IMeterFactory"/> (one host: tests running
/// in parallel have meters of the same name), and of Polly's static meter, with its tags.
/// </summary>
public sealed class RecordedMeasurements : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, string?> Tags)> _measurements = new();

    public RecordedMeasurements(IMeterFactory meters)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            // Polly's own meter is static, shared by every host of the process.
            if ((instrument.Meter.Name == ProviderResilienceTelemetry.MeterName && ReferenceEquals(instrument.Meter.Scope, meters)) || instrument.Meter.Name.StartsWith("Polly", StringComparison.Ordinal) || instrument.Name.StartsWith("resilience", StringComparison.Ordinal))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>The sum of an instrument's measurements whose tags include all of <paramref name="tags"/>.</summary>
    public double Sum(string instrument, params (string Key, string Value)[] tags) =>
        _measurements.Where(m => m.Instrument == instrument && tags.All(tag => m.Tags.GetValueOrDefault(tag.Key) == tag.Value)).Sum(m => m.Value);

    /// <summary>How many measurements an instrument took whose tags include all of <paramref name="tags"/>.</summary>
    public int Count(string instrument, params (string Key, string Value)[] tags) =>
        _measurements.Count(m => m.Instrument == instrument && tags.All(tag => m.Tags.GetValueOrDefault(tag.Key) == tag.Value));

    /// <summary>The instruments measured, with their tags, for a failure message.</summary>
    public string Describe() => string.Join("\n", _measurements.Select(m => $"{m.Instrument} {m.Value} {string.Join(",", m.Tags.Select(tag => tag.Key + "=" + tag.Value))}").Distinct().Take(40));

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value?.ToString();
        }

        _measurements.Enqueue((instrument.Name, value, copy));
    }
}
