namespace ProfileGraph.Providers.Resilience;

/// <summary>A rate limit a provider's <c>Retry-After</c> can pause for everyone, not only for the caller it answered.</summary>
internal interface IPausableRateLimiter
{
    void PauseFor(TimeSpan delay);
}
