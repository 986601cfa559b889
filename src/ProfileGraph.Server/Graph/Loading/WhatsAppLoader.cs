using ProfileGraph.GraphQL.DataLoader;
using ProfileGraph.Providers.WhatsApp;
using ProfileGraph.Server.Caching;
using ProfileGraph.Server.Graph.Users;
using ProfileGraph.Server.Graph.WhatsApp;

namespace ProfileGraph.Server.Graph.Loading;

/// <summary>
/// WhatsApp contacts through GREEN-API, fanned out under its per-instance limits: getContactInfo (1/s) when any
/// contact field is selected, else getAvatar alone (10/s) for a selection of avatars.
/// </summary>
public sealed class WhatsAppLoader(IBatchScheduler scheduler, WhatsAppClient client, ProviderCache cache, CacheDirective directive)
    : ProviderDataLoader<WhatsAppData>(scheduler, "whatsapp", cache, directive)
{
    protected override Task<IReadOnlyDictionary<string, Part<WhatsAppData>>> FetchUsersAsync(IReadOnlyDictionary<string, DataNeeds> users, CancellationToken cancellationToken) =>
        FanOutAsync(users, async (chatId, needs) => needs.HasFlag(DataNeeds.WhatsAppContact)
            ? new WhatsAppData(chatId, await CachedPartAsync(CacheOperation.WhatsAppContact, chatId, token => client.GetContactInfoAsync(chatId, token), cancellationToken).ConfigureAwait(false), default)
            : new WhatsAppData(chatId, default, await CachedPartAsync(CacheOperation.WhatsAppAvatar, chatId, token => client.GetAvatarAsync(chatId, token), cancellationToken).ConfigureAwait(false)));
}
