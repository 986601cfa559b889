namespace ProfileGraph.Providers.Resilience;

/// <summary>
/// Opens when, within <see cref="SamplingDuration"/>, at least <see cref="MinimumThroughput"/> attempts were made
/// and at least <see cref="FailureRatio"/> of them failed with an outage or a timeout; stays open for
/// <see cref="BreakDuration"/>, then lets one trial call through.
/// </summary>
public sealed class ProviderCircuitBreakerOptions
{
    public double FailureRatio { get; set; } = 0.5;

    public int MinimumThroughput { get; set; } = 10;

    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
