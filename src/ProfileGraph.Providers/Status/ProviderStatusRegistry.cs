using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using ProfileGraph.Providers.Errors;
using ProfileGraph.Providers.Resilience;

namespace ProfileGraph.Providers.Status;

/// <summary>
/// Each provider's breaker state and recent error rate, for a health or status view (the graph's
/// <c>providers</c> query). Fed by every call the clients make; a singleton.
/// </summary>
public sealed class ProviderStatusRegistry
{
    private readonly ConcurrentDictionary<Provider, ProviderHealth> _health = new();
    private readonly IOptionsMonitor<ProviderResilienceOptions> _options;
    private readonly TimeProvider _time;

    public ProviderStatusRegistry(IOptionsMonitor<ProviderResilienceOptions> options, TimeProvider time)
    {
        _options = options;
        _time = time;
    }

    public ProviderStatus Get(Provider provider)
    {
        var health = HealthOf(provider);
        var (calls, failures) = health.Errors.Totals();
        var last = health.LastFailure;
        var recent = last is not null && _time.GetUtcNow() - last.At <= health.Errors.Window;
        return new ProviderStatus(
            provider,
            // Closed until the provider's pipeline is first built.
            health.Breaker.CircuitState,
            calls == 0 ? 0 : (double)failures / calls,
            calls,
            failures,
            health.Errors.Window,
            recent ? last!.Kind : null,
            recent ? last!.At : null);
    }

    public IReadOnlyList<ProviderStatus> GetAll() => [.. Enum.GetValues<Provider>().Select(Get)];

    /// <summary>Raised when a provider's circuit opens, half-opens or closes (Polly's breaker callbacks), with its status then.</summary>
    public event Action<ProviderStatus>? StatusChanged;

    /// <summary>
    /// A provider's circuit changed: subscribers hear the provider's status with the new state (Polly calls back
    /// before its state provider reports the change, so the state is given).
    /// </summary>
    internal void CircuitChanged(Provider provider, CircuitState state) => StatusChanged?.Invoke(Get(provider) with { Breaker = state });

    /// <summary>The breaker's state provider, handed to the provider's circuit breaker when its pipeline is built.</summary>
    internal CircuitBreakerStateProvider BreakerOf(Provider provider) => HealthOf(provider).Breaker;

    internal void Record(Provider provider, ProviderException? failure)
    {
        var health = HealthOf(provider);
        var counts = failure is { CountsAgainstProvider: true };
        health.Errors.Record(counts);
        if (counts)
        {
            health.LastFailure = new LastFailure(failure!.Kind, _time.GetUtcNow());
        }
    }

    private ProviderHealth HealthOf(Provider provider) =>
        _health.GetOrAdd(provider, p => new ProviderHealth(new RollingErrorRate(_options.Get(p.ToString()).ErrorRateWindow, _time)));

    private sealed class ProviderHealth(RollingErrorRate errors)
    {
        public RollingErrorRate Errors { get; } = errors;

        public CircuitBreakerStateProvider Breaker { get; } = new();

        // A reference, so that a reader never sees half of a concurrent write.
        public LastFailure? LastFailure { get; set; }
    }

    private sealed record LastFailure(ProviderErrorKind Kind, DateTimeOffset At);
}
