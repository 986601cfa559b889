namespace ProfileGraph.Providers.Resilience;

/// <summary>
/// One provider's pipeline: total timeout → retry → circuit breaker → concurrency limit → rate limits →
/// attempt timeout → the call. Bound from <c>Providers:&lt;Provider&gt;:Resilience</c> over the defaults of
/// <see cref="ApplyDefaults"/>.
/// </summary>
public sealed class ProviderResilienceOptions
{
    /// <summary>The whole call, retries and waits for permits included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>One attempt on the wire; a hung attempt ends here and may be retried.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(4);

    public ProviderRetryOptions Retry { get; set; } = new();

    public ProviderCircuitBreakerOptions CircuitBreaker { get; set; } = new();

    /// <summary>Calls in flight at once; 0 for no limit.</summary>
    public int MaxConcurrency { get; set; } = 32;

    /// <summary>Calls waiting for a concurrency slot before more are refused as throttled.</summary>
    public int MaxQueuedCalls { get; set; } = 1000;

    /// <summary>
    /// Rate limits by name; each operation draws on the limits it names (GREEN-API <c>getContactInfo</c>, Slack
    /// <c>users.profile.get</c> and, with labels, <c>include_labels</c>). A name without an entry is not limited.
    /// </summary>
    public Dictionary<string, ProviderRateLimit> RateLimits { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Added to every rate-limit window, so that requests which travel at slightly different speeds still reach
    /// the provider inside its limit.
    /// </summary>
    public TimeSpan RateLimitMargin { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The span over which the status view reports a provider's recent error rate.</summary>
    public TimeSpan ErrorRateWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The provider's published limits and sensible timeouts; configuration overrides any of them.</summary>
    public void ApplyDefaults(Provider provider)
    {
        switch (provider)
        {
            case Provider.Slack:
                // Tier 4: 100+ per minute per method; include_labels is "heavily rate-limited" (unpublished).
                RateLimits["users.profile.get"] = new ProviderRateLimit(100, TimeSpan.FromMinutes(1), 100);
                RateLimits["users.info"] = new ProviderRateLimit(100, TimeSpan.FromMinutes(1), 100);
                RateLimits["include_labels"] = new ProviderRateLimit(10, TimeSpan.FromMinutes(1), 10);
                MaxConcurrency = 20;
                break;
            case Provider.Telegram:
                // Infobip publishes no numbers: no rate limit, and a list of 10,000 users takes a while.
                MaxConcurrency = 20;
                AttemptTimeout = TimeSpan.FromSeconds(8);
                TotalTimeout = TimeSpan.FromSeconds(15);
                break;
            case Provider.WhatsApp:
                // Published per instance: getContactInfo 1/s, getAvatar 10/s. GREEN-API is known to be slow.
                RateLimits["getContactInfo"] = new ProviderRateLimit(1, TimeSpan.FromSeconds(1), 30);
                RateLimits["getAvatar"] = new ProviderRateLimit(10, TimeSpan.FromSeconds(1), 100);
                MaxConcurrency = 10;
                AttemptTimeout = TimeSpan.FromSeconds(8);
                TotalTimeout = TimeSpan.FromSeconds(20);
                break;
            case Provider.Nandbox:
                // One multiplexed socket: many requests in flight is the normal case.
                MaxConcurrency = 1000;
                MaxQueuedCalls = 10_000;
                AttemptTimeout = TimeSpan.FromSeconds(8);
                TotalTimeout = TimeSpan.FromSeconds(15);
                break;
        }
    }
}
