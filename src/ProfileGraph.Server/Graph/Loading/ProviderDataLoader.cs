using ProfileGraph.GraphQL.DataLoader;
using ProfileGraph.Providers.Errors;
using ProfileGraph.Server.Caching;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Graph.Loading;

/// <summary>
/// A provider's DataLoader. A batch's keys are merged per user first (the union of what each key needs), so a user
/// asked for by several fields, or for several kinds of data, costs the fewest calls; then the provider's own
/// strategy fetches the users, each call through the profile cache (<see cref="CachedAsync"/>), which shares
/// answers across requests as the DataLoader shares them within one. A user's failure fails only the keys of that user.
/// </summary>
public abstract class ProviderDataLoader<TValue>(IBatchScheduler scheduler, string name, ProviderCache cache, CacheDirective directive)
    : DataLoaderBase<ProviderKey, TValue>(scheduler, new DataLoaderOptions { Name = name }, null)
    where TValue : class
{
    /// <summary>One provider call's answer for <paramref name="id"/>, from the cache or fetched, as the request's <c>Cache-Control</c> allows.</summary>
    protected Task<Cached<T>> CachedAsync<T>(CacheOperation operation, string id, Func<CancellationToken, Task<T>> fetch, CancellationToken cancellationToken)
        where T : class => cache.GetAsync(operation, id, fetch, directive, cancellationToken);

    /// <summary>A fresh cached answer that satisfies the request's <c>Cache-Control</c>, without a provider call; else null.</summary>
    protected Task<Cached<T>?> PeekAsync<T>(CacheOperation operation, string id, CancellationToken cancellationToken)
        where T : class => cache.PeekAsync<T>(operation, id, directive, cancellationToken);

    /// <summary><see cref="CachedAsync"/> as a user's part: its value, or the provider's failure.</summary>
    protected async Task<Part<T>> CachedPartAsync<T>(CacheOperation operation, string id, Func<CancellationToken, Task<T>> fetch, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return Part.Of(await CachedAsync(operation, id, fetch, cancellationToken).ConfigureAwait(false));
        }
        catch (ProviderException failure)
        {
            return new Part<T>(null, failure);
        }
    }

    protected sealed override async Task FetchAsync(IReadOnlyList<ProviderKey> keys, BatchResults<TValue> results, CancellationToken cancellationToken)
    {
        var users = new Dictionary<string, DataNeeds>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            users[key.Id] = users.GetValueOrDefault(key.Id) | key.Needs;
        }

        var fetched = await FetchUsersAsync(users, cancellationToken).ConfigureAwait(false);
        for (var index = 0; index < keys.Count; index++)
        {
            var outcome = fetched[keys[index].Id];
            if (outcome.Value is { } value)
            {
                results.SetValue(index, value);
            }
            else
            {
                results.SetError(index, outcome.Failure!);
            }
        }
    }

    /// <summary>Fetches every user with what it needs; a failed user gets its provider's exception.</summary>
    protected abstract Task<IReadOnlyDictionary<string, Part<TValue>>> FetchUsersAsync(IReadOnlyDictionary<string, DataNeeds> users, CancellationToken cancellationToken);

    /// <summary>One fetch per user, all started at once: the provider's pipeline paces them under its rate limit.</summary>
    protected static async Task<IReadOnlyDictionary<string, Part<TValue>>> FanOutAsync(
        IReadOnlyDictionary<string, DataNeeds> users,
        Func<string, DataNeeds, Task<TValue>> fetch)
    {
        var calls = users.ToDictionary(user => user.Key, user => CaptureAsync(fetch(user.Key, user.Value)), StringComparer.Ordinal);
        await Task.WhenAll(calls.Values).ConfigureAwait(false);
        return calls.ToDictionary(call => call.Key, call => call.Value.Result, StringComparer.Ordinal);
    }

    /// <summary>A provider call's value or its provider failure; anything else (a cancellation, a bug) fails the batch.</summary>
    protected static async Task<Part<T>> CaptureAsync<T>(Task<T> call)
        where T : class
    {
        try
        {
            return Part.Of(await call.ConfigureAwait(false));
        }
        catch (ProviderException failure)
        {
            return new Part<T>(null, failure);
        }
    }
}
