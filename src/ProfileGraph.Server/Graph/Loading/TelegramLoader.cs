using ProfileGraph.GraphQL.DataLoader;
using ProfileGraph.Providers;
using ProfileGraph.Providers.Errors;
using ProfileGraph.Providers.Telegram;
using ProfileGraph.Server.Graph.Telegram;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Graph.Loading;

/// <summary>
/// Telegram users through Infobip. A batch of at least <c>listThreshold</c> keys is answered by one list call (up to
/// 10,000 users), a smaller one by single gets. The list is fetched at most once per request and shared with the
/// <c>telegramUsers</c> connection.
/// </summary>
public sealed class TelegramLoader(IBatchScheduler scheduler, TelegramClient client, int listThreshold) : ProviderDataLoader<TelegramData>(scheduler, "telegram")
{
    private Lazy<Task<IReadOnlyList<TelegramUser>>>? _all;

    /// <summary>Every user of the application (one list call per request).</summary>
    public Task<IReadOnlyList<TelegramUser>> ListAllAsync(CancellationToken cancellationToken)
    {
        Interlocked.CompareExchange(ref _all, new Lazy<Task<IReadOnlyList<TelegramUser>>>(() => client.ListUsersAsync(TelegramClient.MaxListLimit, cancellationToken)), null);
        return _all.Value;
    }

    protected override async Task<IReadOnlyDictionary<string, Part<TelegramData>>> FetchUsersAsync(IReadOnlyDictionary<string, DataNeeds> users, CancellationToken cancellationToken)
    {
        if (users.Count < listThreshold)
        {
            return await GetEachAsync(users, cancellationToken).ConfigureAwait(false);
        }

        var list = await CaptureAsync(ListAllAsync(cancellationToken)).ConfigureAwait(false);
        if (list.Value is not { } all)
        {
            return users.Keys.ToDictionary(key => key, _ => new Part<TelegramData>(null, list.Failure), StringComparer.Ordinal);
        }

        var byKey = all.ToDictionary(user => user.Key, StringComparer.Ordinal);
        var found = new Dictionary<string, Part<TelegramData>>(StringComparer.Ordinal);
        var beyondTheList = new Dictionary<string, DataNeeds>(StringComparer.Ordinal);
        foreach (var key in users.Keys)
        {
            if (byKey.TryGetValue(key, out var user))
            {
                found[key] = Part.Of(TelegramData.Of(user));
            }
            else if (all.Count >= TelegramClient.MaxListLimit)
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
        FanOutAsync(users, async (key, _) => TelegramData.Of(await client.GetUserAsync(key, cancellationToken).ConfigureAwait(false)));
}
