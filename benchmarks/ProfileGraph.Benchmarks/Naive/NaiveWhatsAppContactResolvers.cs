using ProfileGraph.GraphQL.Binding;
using ProfileGraph.Server.Graph.Users;
using ProfileGraph.Server.Graph.WhatsApp;
using ProfileGraph.Server.Paging;

namespace ProfileGraph.Benchmarks.Naive;

/// <summary>The <c>WhatsAppContact</c> fields of the naive baseline, each calling GREEN-API for its own value.</summary>
internal static class NaiveWhatsAppContactResolvers
{
    // The chat id and the number in it need no call.
    public static string ChatId([Parent] UserRef user) => user.Id;

    public static string Phone([Parent] UserRef user) => new WhatsAppData(user.Id, default, default).Phone;

    // getContactInfo
    public static async Task<string?> Name([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.WhatsAppContactAsync(user.Id, cancellationToken).ConfigureAwait(false)).Name;

    public static async Task<string?> ContactName([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.WhatsAppContactAsync(user.Id, cancellationToken).ConfigureAwait(false)).ContactName;

    public static async Task<string?> Email([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.WhatsAppContactAsync(user.Id, cancellationToken).ConfigureAwait(false)).Email;

    public static async Task<string?> Category([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.WhatsAppContactAsync(user.Id, cancellationToken).ConfigureAwait(false)).Category;

    public static async Task<string?> Description([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.WhatsAppContactAsync(user.Id, cancellationToken).ConfigureAwait(false)).Description;

    public static async Task<bool> IsBusiness([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.WhatsAppContactAsync(user.Id, cancellationToken).ConfigureAwait(false)).IsBusiness;

    public static async Task<DateTimeOffset?> LastSeen([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.WhatsAppContactAsync(user.Id, cancellationToken).ConfigureAwait(false)).LastSeen;

    public static async Task<bool> IsArchived([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.WhatsAppContactAsync(user.Id, cancellationToken).ConfigureAwait(false)).IsArchived;

    public static async Task<bool> IsDisappearing([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.WhatsAppContactAsync(user.Id, cancellationToken).ConfigureAwait(false)).IsDisappearing;

    public static async Task<bool> IsMuted([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.WhatsAppContactAsync(user.Id, cancellationToken).ConfigureAwait(false)).IsMuted;

    public static async Task<int> MessageExpiration([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.WhatsAppContactAsync(user.Id, cancellationToken).ConfigureAwait(false)).MessageExpiration;

    public static async Task<DateTimeOffset?> MuteExpiresAt([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.WhatsAppContactAsync(user.Id, cancellationToken).ConfigureAwait(false)).MuteExpiresAt;

    public static async Task<Connection<Product>> Products([Parent] UserRef user, int? first, string? after, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        WhatsAppContactResolvers.Products(await calls.WhatsAppContactAsync(user.Id, cancellationToken).ConfigureAwait(false), first, after);

    // getAvatar, the call made for the avatar alone
    public static async Task<string?> Avatar([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.WhatsAppAvatarAsync(user.Id, cancellationToken).ConfigureAwait(false)).Avatar;
}
