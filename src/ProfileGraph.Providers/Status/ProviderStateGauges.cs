using System.Diagnostics.Metrics;
using Polly.CircuitBreaker;
using ProfileGraph.Providers.Resilience;

namespace ProfileGraph.Providers.Status;

/// <summary>
/// What each provider's state is now, on the providers' meter: its circuit (<c>profilegraph.provider.circuit_state</c>:
/// 0 closed, 1 half-open, 2 open, 3 isolated) and the calls waiting for its limiters
/// (<c>profilegraph.provider.limiter.queued</c>, by limit). Observed when a reader collects, so it costs nothing otherwise.
/// </summary>
public sealed class ProviderStateGauges
{
    public ProviderStateGauges(IMeterFactory meters, ProviderStatusRegistry status, ProviderPipelines pipelines)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(ProviderResilienceTelemetry.MeterName);
        meter.CreateObservableGauge(
            "profilegraph.provider.circuit_state",
            () => status.GetAll().Select(each => new Measurement<int>(StateOf(each.Breaker), new KeyValuePair<string, object?>("provider", each.Provider.ToString()))),
            description: "Each provider's circuit: 0 closed, 1 half-open, 2 open, 3 isolated");
        meter.CreateObservableGauge(
            "profilegraph.provider.limiter.queued",
            () => pipelines.QueuedCalls().Select(queued => new Measurement<long>(
                queued.Count,
                new KeyValuePair<string, object?>("provider", queued.Provider.ToString()),
                new KeyValuePair<string, object?>("limit", queued.Limit))),
            unit: "{call}",
            description: "Calls waiting for a provider's concurrency or rate limit");
    }

    private static int StateOf(CircuitState state) => state switch
    {
        CircuitState.Closed => 0,
        CircuitState.HalfOpen => 1,
        CircuitState.Open => 2,
        _ => 3,
    };
}
