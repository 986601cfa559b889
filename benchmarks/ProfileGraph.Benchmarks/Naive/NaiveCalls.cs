using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using ProfileGraph.Providers;
using ProfileGraph.Providers.Errors;
using ProfileGraph.Providers.Nandbox;
using ProfileGraph.Providers.Slack;
using ProfileGraph.Providers.Telegram;
using ProfileGraph.Providers.WhatsApp;
using ProfileGraph.Server.Graph.Nandbox;
using ProfileGraph.Server.Graph.Photos;
using ProfileGraph.Server.Graph.Providers;
using ProfileGraph.Server.Graph.Slack;
using ProfileGraph.Server.Graph.Telegram;
using ProfileGraph.Server.Graph.Users;
using ProfileGraph.Server.Graph.WhatsApp;
using ProfileGraph.Server.Hosting;

namespace ProfileGraph.Benchmarks.Naive;

/// <summary>
/// The naive baseline's provider calls: every method makes one client call, every time it is asked, with nothing
/// cached or shared between fields. Answers are wrapped in the service's own data classes, so both sides turn the
/// same answers into the same values and differ only in when and how often they call.
/// </summary>
internal sealed class NaiveCalls(
    SlackClient slack,
    TelegramClient telegram,
    WhatsAppClient whatsApp,
    NandboxClient nandbox,
    IOptions<ProfileGraphOptions> options,
    IHttpContextAccessor http)
{
    public Task<SlackData> SlackProfileAsync(string userId, CancellationToken cancellationToken) =>
        CallAsync(async () => new SlackData(userId, Part.Of(await slack.GetProfileAsync(userId, cancellationToken: cancellationToken).ConfigureAwait(false)), default));

    public Task<SlackData> SlackProfileWithLabelsAsync(string userId, CancellationToken cancellationToken) =>
        CallAsync(async () => new SlackData(userId, Part.Of(await slack.GetProfileAsync(userId, includeLabels: true, cancellationToken).ConfigureAwait(false)), default));

    /// <summary>users.info, for the account fields (and the handle).</summary>
    public Task<SlackData> SlackAccountAsync(string userId, CancellationToken cancellationToken) =>
        CallAsync(async () => new SlackData(userId, default, Part.Of(await slack.GetUserAsync(userId, cancellationToken).ConfigureAwait(false))));

    public Task<TelegramData> TelegramUserAsync(string key, CancellationToken cancellationToken) =>
        CallAsync(async () => TelegramData.Of(await telegram.GetUserAsync(key, cancellationToken).ConfigureAwait(false)));

    public Task<WhatsAppData> WhatsAppContactAsync(string chatId, CancellationToken cancellationToken) =>
        CallAsync(async () => new WhatsAppData(chatId, Part.Of(await whatsApp.GetContactInfoAsync(chatId, cancellationToken).ConfigureAwait(false)), default));

    public Task<WhatsAppData> WhatsAppAvatarAsync(string chatId, CancellationToken cancellationToken) =>
        CallAsync(async () => new WhatsAppData(chatId, default, Part.Of(await whatsApp.GetAvatarAsync(chatId, cancellationToken).ConfigureAwait(false))));

    public Task<NandboxData> NandboxUserAsync(string userId, CancellationToken cancellationToken) =>
        CallAsync(async () => new NandboxData(userId, Part.Of(await nandbox.GetUserAsync(userId, cancellationToken).ConfigureAwait(false)), Links()));

    /// <summary>The call that serves a user's profile at their provider: users.profile.get, Infobip's get, getContactInfo or getUser.</summary>
    public async Task<IUserFacts> ProfileAsync(UserRef user, CancellationToken cancellationToken) => user.Provider switch
    {
        Provider.Slack => await SlackProfileAsync(user.Id, cancellationToken).ConfigureAwait(false),
        Provider.Telegram => await TelegramUserAsync(user.Id, cancellationToken).ConfigureAwait(false),
        Provider.WhatsApp => await WhatsAppContactAsync(user.Id, cancellationToken).ConfigureAwait(false),
        _ => await NandboxUserAsync(user.Id, cancellationToken).ConfigureAwait(false),
    };

    /// <summary>The call that serves a user's pictures: users.profile.get, getAvatar or getUser (Infobip has none).</summary>
    public async Task<IUserFacts?> PicturesAsync(UserRef user, CancellationToken cancellationToken) => user.Provider switch
    {
        Provider.Slack => await SlackProfileAsync(user.Id, cancellationToken).ConfigureAwait(false),
        Provider.WhatsApp => await WhatsAppAvatarAsync(user.Id, cancellationToken).ConfigureAwait(false),
        Provider.Nandbox => await NandboxUserAsync(user.Id, cancellationToken).ConfigureAwait(false),
        _ => null,
    };

    // Provider failures reach clients as the service reports them, so a failing run reads the same on both sides.
    private static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (ProviderException failure)
        {
            throw ProviderErrors.ToGraphQL(failure);
        }
    }

    // As the service links photos.
    private PhotoLinks Links() => PhotoLinks.Of(options.Value.PublicBaseUrl, http.HttpContext?.Request);
}
