using System.Runtime.CompilerServices;
using ProfileGraph.GraphQL.DataLoader;
using ProfileGraph.Providers;
using ProfileGraph.Providers.Errors;
using ProfileGraph.Providers.Telegram;
using ProfileGraph.Server.Caching;
using ProfileGraph.Server.Graph.Telegram;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Graph.Loading;

/// <summary>
/// Telegram users through Infobip. A batch of at least <c>listThreshold</c> keys is answered by one list call (up to
/// 10,000 users), a smaller one by single gets, or by the cached list when it is fresh. The list is fetched at most
/// once per request and shared with the <c>telegramUsers</c> connection.
/// </summary>
public sealed class TelegramLoader(IBatchScheduler scheduler, TelegramClient client, int listThreshold, ProviderCache cache, CacheDirective directive)
    : ProviderDataLoader<TelegramData>(scheduler, "telegram", cache, directive)
{
    // The whole list has one cache entry.
    private const string ListId = "all";

    // A cached list is one instance until it is refreshed: index it once, not per request.
    private static readonly ConditionalWeakTable<IReadOnlyList<TelegramUser>, Dictionary<string, TelegramUser>> Indexes = [];

    private Lazy<Task<Cached<IReadOnlyList<TelegramUser>>>>? _all;

    /// <summary>Every user of the application (one list call per request at most; none while the cached list is fresh).</summary>
    public Task<Cached<IReadOnlyList<TelegramUser>>> ListAllAsync(CancellationToken cancellationToken)
    {
        Interlocked.CompareExchange(
            ref _all,
            new Lazy<Task<Cached<IReadOnlyList<TelegramUser>>>>(() =>
                CachedAsync(CacheOperation.TelegramList, ListId, token => client.ListUsersAsync(TelegramClient.MaxListLimit, token), cancellationToken)),
            null);
        return _all.Value;
    }

    protected override async Task<IReadOnlyDictionary<string, Part<TelegramData>>> FetchUsersAsync(IReadOnlyDictionary<string, DataNeeds> users, CancellationToken cancellationToken)
    {
        if (users.Count < listThreshold)
        {
            return await GetEachAsync(users, cancellationToken).ConfigureAwait(false);
        }

        Cached<IReadOnlyList<TelegramUser>> list;
        try
        {
            list = await ListAllAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ProviderException failure)
        {
            return users.Keys.ToDictionary(key => key, _ => new Part<TelegramData>(null, failure), StringComparer.Ordinal);
        }

        var byKey = IndexOf(list.Value);
        var found = new Dictionary<string, Part<TelegramData>>(StringComparer.Ordinal);
        var beyondTheList = new Dictionary<string, DataNeeds>(StringComparer.Ordinal);
        foreach (var key in users.Keys)
        {
            if (byKey.TryGetValue(key, out var user))
            {
                found[key] = Part.Of(TelegramData.Of(user, list.StaleAge));
            }
            else if (list.Value.Count >= TelegramClient.MaxListLimit)
            {
                // A full list may have left the user out: ask for them alone.
                beyondTheList[key] = DataNeeds.TelegramUser;
            }
            else
            {
                found[key] = new Part<TelegramData>(null, new ProviderException(Provider.Telegram, ProviderErrorKind.NotFound, "Infobip Telegram users.list: no user with this key"));
            }
        }

        if (beyondTheList.Count > 0)
        {
            foreach (var (key, part) in await GetEachAsync(beyondTheList, cancellationToken).ConfigureAwait(false))
            {
                found[key] = part;
            }
        }

        return found;
    }

    private Task<IReadOnlyDictionary<string, Part<TelegramData>>> GetEachAsync(IReadOnlyDictionary<string, DataNeeds> users, CancellationToken cancellationToken) =>
        FanOutAsync(users, async (key, _) =>
        {
            // A user the fresh cached list holds needs no call of their own.
            if (await PeekAsync<IReadOnlyList<TelegramUser>>(CacheOperation.TelegramList, ListId, cancellationToken).ConfigureAwait(false) is { } list
                && IndexOf(list.Value).TryGetValue(key, out var listed))
            {
                return TelegramData.Of(listed);
            }

            var user = await CachedAsync(CacheOperation.TelegramUser, key, token => client.GetUserAsync(key, token), cancellationToken).ConfigureAwait(false);
            return TelegramData.Of(user.Value, user.StaleAge);
        });

    private static Dictionary<string, TelegramUser> IndexOf(IReadOnlyList<TelegramUser> users) =>
        Indexes.GetValue(users, static all => all.DistinctBy(user => user.Key, StringComparer.Ordinal).ToDictionary(user => user.Key, StringComparer.Ordinal));
}
