using ProfileGraph.GraphQL.DataLoader;
using ProfileGraph.Providers.WhatsApp;
using ProfileGraph.Server.Graph.Users;
using ProfileGraph.Server.Graph.WhatsApp;

namespace ProfileGraph.Server.Graph.Loading;

/// <summary>
/// WhatsApp contacts through GREEN-API, fanned out under its per-instance limits: getContactInfo (1/s) when any
/// contact field is selected, else getAvatar alone (10/s) for a selection of avatars.
/// </summary>
public sealed class WhatsAppLoader(IBatchScheduler scheduler, WhatsAppClient client) : ProviderDataLoader<WhatsAppData>(scheduler, "whatsapp")
{
    protected override Task<IReadOnlyDictionary<string, Part<WhatsAppData>>> FetchUsersAsync(IReadOnlyDictionary<string, DataNeeds> users, CancellationToken cancellationToken) =>
        FanOutAsync(users, async (chatId, needs) => needs.HasFlag(DataNeeds.WhatsAppContact)
            ? new WhatsAppData(chatId, await CaptureAsync(client.GetContactInfoAsync(chatId, cancellationToken)).ConfigureAwait(false), default)
            : new WhatsAppData(chatId, default, await CaptureAsync(client.GetAvatarAsync(chatId, cancellationToken)).ConfigureAwait(false)));
}
