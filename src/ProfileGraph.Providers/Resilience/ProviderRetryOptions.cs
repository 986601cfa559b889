namespace ProfileGraph.Providers.Resilience;

/// <summary>Retries with jittered exponential backoff, or after the provider's <c>Retry-After</c> when it gives one.</summary>
public sealed class ProviderRetryOptions
{
    /// <summary>Retries after the first attempt; 0 switches retrying off.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff; each next one about doubles, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The longest <c>Retry-After</c> worth waiting for inside one call; a longer one fails the call at once as
    /// throttled, carrying the <c>Retry-After</c>, rather than holding the caller past its deadline.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(10);
}
