using System.Collections;
using Microsoft.Extensions.Options;
using ProfileGraph.Providers;
using ProfileGraph.Providers.Errors;
using ZiggyCreatures.Caching.Fusion;

namespace ProfileGraph.Server.Caching;

/// <summary>
/// The profile cache: provider answers kept under the provider DataLoaders, one mechanism for all four providers, on
/// FusionCache. Concurrent lookups of a cold entry share one provider call (across requests; the DataLoaders
/// de-duplicate within one); a hot entry is refreshed in the background before it expires; when a provider fails,
/// or is slower than <see cref="ProfileCacheOptions.StaleIfSlowerThan"/>, the last answer is served with its age;
/// "no such user" is remembered briefly.
/// </summary>
public sealed class ProviderCache
{
    private readonly IFusionCache _cache;
    private readonly ProfileCacheOptions _options;
    private readonly ProviderCacheStatistics _statistics;
    private readonly TimeProvider _time;
    private readonly Dictionary<CacheOperation, FusionCacheEntryOptions> _entryOptions;

    private readonly FusionCacheEntryOptions _evictEverywhere = new()
    {
        AllowBackgroundDistributedCacheOperations = false,
        AllowBackgroundBackplaneOperations = false,
        DistributedCacheHardTimeout = TimeSpan.FromSeconds(1),
    };

    private readonly FusionCacheEntryOptions _evictFromMemory = new() { SkipDistributedCacheRead = true, SkipDistributedCacheWrite = true, SkipBackplaneNotifications = true };

    public ProviderCache(IFusionCache cache, IOptions<ProfileCacheOptions> options, ProviderCacheStatistics statistics, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _cache = cache;
        _options = options.Value;
        _statistics = statistics;
        _time = time;
        _entryOptions = CacheOperation.All.ToDictionary(operation => operation, EntryOptionsOf);
    }

    public bool IsEnabled(CacheOperation operation) => _options.IsEnabled(operation.Provider);

    /// <summary>
    /// The answer of <paramref name="operation"/> for <paramref name="id"/>: from the cache, or fetched and kept.
    /// Throws the provider's <see cref="ProviderException"/> when there is no answer to serve (a user the provider
    /// does not have, or a failure with nothing cached).
    /// </summary>
    public async Task<Cached<T>> GetAsync<T>(CacheOperation operation, string id, Func<CancellationToken, Task<T>> fetch, CacheDirective directive, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(fetch);
        if (!IsEnabled(operation))
        {
            _statistics.Record(operation, CacheOutcome.Miss);
            return new Cached<T>(await fetch(cancellationToken).ConfigureAwait(false));
        }

        var key = operation.KeyOf(id);
        var started = _time.GetUtcNow();
        var called = false;
        var answer = await _cache.GetOrSetAsync<CachedAnswer<T>>(
            key,
            (context, token) =>
            {
                called = true;
                return FetchAsync(fetch, context.Options, token);
            },
            _entryOptions[operation],
            cancellationToken).ConfigureAwait(false);

        var refreshFailed = false;
        if (directive.MaxAge is { } maxAge && answer.FetchedAt < started && _time.GetUtcNow() - answer.FetchedAt > maxAge)
        {
            // The request wants a newer answer than the cache holds: fetch it now; if that fails, the held one is
            // served, marked stale, as HTTP's stale-if-error does.
            try
            {
                called = true;
                var options = _entryOptions[operation].Duplicate();
                answer = await FetchAsync(fetch, options, cancellationToken).ConfigureAwait(false);
                await _cache.SetAsync(key, answer, options, cancellationToken).ConfigureAwait(false);
            }
            catch (ProviderException) when (answer.NotFound is null)
            {
                refreshFailed = true;
            }
        }

        var age = _time.GetUtcNow() - answer.FetchedAt;
        var stale = refreshFailed || age > _options.DurationOf(operation);
        _statistics.Record(operation, stale ? CacheOutcome.Stale : called ? CacheOutcome.Miss : CacheOutcome.Hit);
        if (answer.NotFound is { } notFound)
        {
            throw new ProviderException(operation.Provider, ProviderErrorKind.NotFound, notFound);
        }

        return new Cached<T>(answer.Value!, stale ? age : null);
    }

    /// <summary>
    /// The cached answer of <paramref name="operation"/> for <paramref name="id"/> when there is one that is fresh and
    /// as young as <paramref name="directive"/> asks, without calling the provider; null otherwise.
    /// </summary>
    public async Task<Cached<T>?> PeekAsync<T>(CacheOperation operation, string id, CacheDirective directive, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (!IsEnabled(operation))
        {
            return null;
        }

        var entry = await _cache.TryGetAsync<CachedAnswer<T>>(operation.KeyOf(id), token: cancellationToken).ConfigureAwait(false);
        if (!entry.HasValue || entry.Value is not { Value: { } value } answer)
        {
            return null;
        }

        var age = _time.GetUtcNow() - answer.FetchedAt;
        return age > _options.DurationOf(operation) || age > directive.MaxAge ? null : new Cached<T>(value);
    }

    /// <summary>
    /// Forgets every answer held for the user <paramref name="id"/> of <paramref name="provider"/>, on every replica:
    /// Redis's copy and, through the backplane, each replica's memory. Awaited rather than left to the background, so a
    /// read that follows is fresh.
    /// </summary>
    public Task EvictAsync(Provider provider, string id, CancellationToken cancellationToken) =>
        RemoveAsync(provider, id, _evictEverywhere, cancellationToken);

    /// <summary>
    /// Forgets the answers held for the user in this replica's memory only: for a change another replica has already
    /// evicted everywhere, whose backplane message may not have arrived yet.
    /// </summary>
    public Task EvictFromMemoryAsync(Provider provider, string id, CancellationToken cancellationToken) =>
        RemoveAsync(provider, id, _evictFromMemory, cancellationToken);

    private async Task RemoveAsync(Provider provider, string id, FusionCacheEntryOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        foreach (var operation in CacheOperation.All.Where(operation => operation.Provider == provider && IsEnabled(operation)))
        {
            await _cache.RemoveAsync(operation.KeyOf(id), options, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<CachedAnswer<T>> FetchAsync<T>(Func<CancellationToken, Task<T>> fetch, FusionCacheEntryOptions options, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var value = await fetch(cancellationToken).ConfigureAwait(false);
            if (value is ICollection { Count: > 1 } many)
            {
                // A list (Infobip's users) weighs what it holds against MaxEntries.
                options.Size = many.Count;
            }

            return new CachedAnswer<T>(value, _time.GetUtcNow());
        }
        catch (ProviderException failure) when (failure.Kind == ProviderErrorKind.NotFound)
        {
            options.Duration = _options.NotFoundDuration;
            options.EagerRefreshThreshold = null;
            return new CachedAnswer<T>(null, _time.GetUtcNow(), failure.Message);
        }
    }

    private FusionCacheEntryOptions EntryOptionsOf(CacheOperation operation)
    {
        var duration = _options.DurationOf(operation);
        return new FusionCacheEntryOptions
        {
            Duration = duration,
            Size = 1,
            EagerRefreshThreshold = _options.EagerRefreshThreshold is > 0 and < 1 ? _options.EagerRefreshThreshold : null,
            IsFailSafeEnabled = true,
            FailSafeMaxDuration = duration > _options.StaleIfError ? duration : _options.StaleIfError,
            FailSafeThrottleDuration = _options.StaleIfErrorRetryAfter,
            FactorySoftTimeout = _options.StaleIfSlowerThan ?? Timeout.InfiniteTimeSpan,
            AllowTimedOutFactoryBackgroundCompletion = true,

            // A slow or absent Redis must never hold a request up: reads give up quickly, writes go on in the background.
            DistributedCacheSoftTimeout = TimeSpan.FromMilliseconds(250),
            DistributedCacheHardTimeout = TimeSpan.FromSeconds(1),
            AllowBackgroundDistributedCacheOperations = true,
        };
    }
}
