using Microsoft.Extensions.Diagnostics.HealthChecks;
using Polly.CircuitBreaker;
using ProfileGraph.Providers.Status;

namespace ProfileGraph.Server.Hosting;

/// <summary>
/// Readiness of the providers: a provider whose circuit is open (or isolated) makes the service degraded, not unready,
/// since every other provider, and cached answers of that one, still serve.
/// </summary>
internal sealed class ProviderCircuitsHealthCheck(ProviderStatusRegistry status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var all = status.GetAll();
        var failing = all.Where(each => each.Breaker is CircuitState.Open or CircuitState.Isolated).ToList();
        var data = all.ToDictionary(each => each.Provider.ToString(), each => (object)each.Breaker.ToString());
        return Task.FromResult(failing.Count == 0
            ? HealthCheckResult.Healthy("Every provider's circuit is closed.", data)
            : HealthCheckResult.Degraded($"Circuit open: {string.Join(", ", failing.Select(each => each.Provider))}; answers come from the cache where it has them.", data: data));
    }
}
