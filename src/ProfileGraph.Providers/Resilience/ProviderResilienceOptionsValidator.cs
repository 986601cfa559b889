using Microsoft.Extensions.Options;

namespace ProfileGraph.Providers.Resilience;

/// <summary>
/// Checks a provider's resilience settings when the host starts, naming each bad key, so that a setting Polly
/// would refuse fails start-up rather than the provider's first call.
/// </summary>
internal sealed class ProviderResilienceOptionsValidator : IValidateOptions<ProviderResilienceOptions>
{
    private static readonly TimeSpan ShortestTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan ShortestBreakerSpan = TimeSpan.FromMilliseconds(500);

    public ValidateOptionsResult Validate(string? name, ProviderResilienceOptions options)
    {
        var section = $"Providers:{name}:Resilience:";
        var breaker = options.CircuitBreaker;
        var problems = new List<string?>
        {
            options.TotalTimeout >= ShortestTimeout ? null : section + "TotalTimeout must be at least 10 ms",
            options.AttemptTimeout >= ShortestTimeout ? null : section + "AttemptTimeout must be at least 10 ms",
            options.Retry.MaxRetries >= 0 ? null : section + "Retry:MaxRetries must not be negative",
            options.Retry.BaseDelay >= TimeSpan.Zero && options.Retry.MaxDelay >= options.Retry.BaseDelay ? null : section + "Retry needs 0 <= BaseDelay <= MaxDelay",
            breaker.FailureRatio is > 0 and <= 1 ? null : section + "CircuitBreaker:FailureRatio must lie in (0, 1]",
            breaker.MinimumThroughput >= 2 ? null : section + "CircuitBreaker:MinimumThroughput must be at least 2",
            breaker.SamplingDuration >= ShortestBreakerSpan ? null : section + "CircuitBreaker:SamplingDuration must be at least 500 ms",
            breaker.BreakDuration >= ShortestBreakerSpan ? null : section + "CircuitBreaker:BreakDuration must be at least 500 ms",
            options.MaxConcurrency >= 0 && options.MaxQueuedCalls >= 0 ? null : section + "MaxConcurrency and MaxQueuedCalls must not be negative",
            options.ErrorRateWindow > TimeSpan.Zero ? null : section + "ErrorRateWindow must be positive",
        };
        problems.AddRange(options.RateLimits.Select(limit =>
            limit.Value.Permits >= 1 && limit.Value.Window > TimeSpan.Zero && limit.Value.QueueLimit >= 0
                ? null
                : $"{section}RateLimits:{limit.Key} needs Permits >= 1, a positive Window and QueueLimit >= 0"));
        var found = problems.OfType<string>().ToList();
        return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
    }
}
