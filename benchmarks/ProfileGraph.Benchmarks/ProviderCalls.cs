using ProfileGraph.Emulators;
using ProfileGraph.Emulators.Observability;

namespace ProfileGraph.Benchmarks;

/// <summary>
/// The provider calls of one query, read from the emulators' counters: one count per data endpoint, in the order
/// of <see cref="Endpoints"/>. The nandbox socket's upkeep (connect, TOKEN_AUTH, PING) is left out.
/// </summary>
internal sealed class ProviderCalls(IReadOnlyList<long> counts)
{
    public static readonly IReadOnlyList<(EmulatedProvider Provider, string Endpoint, string Label)> Endpoints =
    [
        (EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet, "Slack `users.profile.get`"),
        (EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersInfo, "Slack `users.info`"),
        (EmulatedProvider.Telegram, EmulatedEndpoints.TelegramListUsers, "Infobip Telegram users, list"),
        (EmulatedProvider.Telegram, EmulatedEndpoints.TelegramGetUser, "Infobip Telegram users, get one"),
        (EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetContactInfo, "GREEN-API `getContactInfo`"),
        (EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetAvatar, "GREEN-API `getAvatar`"),
        (EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxGetUser, "nandbox `getUser`"),
    ];

    public IReadOnlyList<long> Counts => counts;

    public long Total => counts.Sum();

    /// <summary>The calls of one endpoint (an <see cref="EmulatedEndpoints"/> name).</summary>
    public long Of(string endpoint) => counts[Endpoints.ToList().FindIndex(e => e.Endpoint == endpoint)];

    public static ProviderCalls Read(EmulatorCounters counters) =>
        new([.. Endpoints.Select(e => counters.Get(e.Provider, e.Endpoint).Requests)]);
}
