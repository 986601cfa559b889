using ProfileGraph.Providers;

namespace ProfileGraph.Server.Caching;

/// <summary>
/// The profile cache (configuration section <c>Cache</c>): what provider answers are kept, how long they are fresh,
/// and how long a stale one may stand in for a provider that fails.
/// </summary>
public sealed class ProfileCacheOptions
{
    public const string Section = "Cache";

    /// <summary>False sends every lookup to its provider (no cache at all).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many answers the in-memory cache holds at most (a Telegram user list counts one per user).</summary>
    public long MaxEntries { get; set; } = 100_000;

    /// <summary>The oldest an answer may be and still be served, marked stale, when its provider fails.</summary>
    public TimeSpan StaleIfError { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// After a failed refresh, how long the stale answer is served without asking the provider again: a provider
    /// that is down is not asked once per request.
    /// </summary>
    public TimeSpan StaleIfErrorRetryAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a request waits for a provider when a stale answer is at hand; the fetch goes on in the background
    /// and refreshes the entry. Null waits for the provider.
    /// </summary>
    public TimeSpan? StaleIfSlowerThan { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long "no such user" is remembered, so unknown ids cannot be used to hammer a provider.</summary>
    public TimeSpan NotFoundDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Stale-while-revalidate: an answer read after this share of its freshness is refreshed in the background, so a
    /// hot entry never expires. Null or 0 turns it off.
    /// </summary>
    public float? EagerRefreshThreshold { get; set; } = 0.8f;

    /// <summary>Per provider: switch the cache off, or change how long answers stay fresh.</summary>
    public Dictionary<Provider, ProviderCacheOptions> Providers { get; } = [];

    /// <summary>Whether answers of <paramref name="provider"/> are cached.</summary>
    public bool IsEnabled(Provider provider) => Enabled && (!Providers.TryGetValue(provider, out var options) || options.Enabled);

    /// <summary>How long an answer of <paramref name="operation"/> stays fresh.</summary>
    public TimeSpan DurationOf(CacheOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (!Providers.TryGetValue(operation.Provider, out var options))
        {
            return operation.DefaultDuration;
        }

        return options.Operations.TryGetValue(operation.Name, out var duration) ? duration : options.Duration ?? operation.DefaultDuration;
    }
}
