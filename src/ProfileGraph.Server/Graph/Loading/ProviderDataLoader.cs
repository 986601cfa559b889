using ProfileGraph.GraphQL.DataLoader;
using ProfileGraph.Providers.Errors;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Graph.Loading;

/// <summary>
/// A provider's DataLoader. A batch's keys are merged per user first (the union of what each key needs), so a user
/// asked for by several fields, or for several kinds of data, costs the fewest calls; then the provider's own
/// strategy fetches the users. A user's failure fails only the keys of that user.
/// </summary>
public abstract class ProviderDataLoader<TValue>(IBatchScheduler scheduler, string name)
    : DataLoaderBase<ProviderKey, TValue>(scheduler, new DataLoaderOptions { Name = name }, null)
    where TValue : class
{
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
