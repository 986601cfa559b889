using ProfileGraph.GraphQL.Binding;
using ProfileGraph.Server.Graph.Slack;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Benchmarks.Naive;

/// <summary>
/// The <c>SlackProfile</c> fields of the naive baseline, each calling Slack for its own value: users.profile.get for
/// the profile fields, users.info for the account fields.
/// </summary>
internal static class NaiveSlackProfileResolvers
{
    // users.profile.get
    public static async Task<string?> Title([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackProfileAsync(user.Id, cancellationToken).ConfigureAwait(false)).Title;

    public static async Task<string?> Phone([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackProfileAsync(user.Id, cancellationToken).ConfigureAwait(false)).Phone;

    public static async Task<string?> Skype([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackProfileAsync(user.Id, cancellationToken).ConfigureAwait(false)).Skype;

    public static async Task<string?> RealName([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackProfileAsync(user.Id, cancellationToken).ConfigureAwait(false)).RealName;

    public static async Task<string?> RealNameNormalized([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackProfileAsync(user.Id, cancellationToken).ConfigureAwait(false)).RealNameNormalized;

    public static async Task<string?> DisplayName([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackProfileAsync(user.Id, cancellationToken).ConfigureAwait(false)).DisplayName;

    public static async Task<string?> DisplayNameNormalized([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackProfileAsync(user.Id, cancellationToken).ConfigureAwait(false)).DisplayNameNormalized;

    public static async Task<string?> FirstName([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackProfileAsync(user.Id, cancellationToken).ConfigureAwait(false)).FirstName;

    public static async Task<string?> LastName([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackProfileAsync(user.Id, cancellationToken).ConfigureAwait(false)).LastName;

    public static async Task<string?> Pronouns([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackProfileAsync(user.Id, cancellationToken).ConfigureAwait(false)).Pronouns;

    public static async Task<string?> Email([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackProfileAsync(user.Id, cancellationToken).ConfigureAwait(false)).Email;

    public static async Task<DateTimeOffset?> StartDate([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackProfileAsync(user.Id, cancellationToken).ConfigureAwait(false)).StartDate;

    public static async Task<string?> AvatarHash([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackProfileAsync(user.Id, cancellationToken).ConfigureAwait(false)).AvatarHash;

    public static async Task<bool?> IsCustomImage([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackProfileAsync(user.Id, cancellationToken).ConfigureAwait(false)).IsCustomImage;

    public static async Task<SlackImages> Images([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackProfileAsync(user.Id, cancellationToken).ConfigureAwait(false)).Images;

    public static async Task<string?> StatusText([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackProfileAsync(user.Id, cancellationToken).ConfigureAwait(false)).StatusText;

    public static async Task<string?> StatusEmoji([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackProfileAsync(user.Id, cancellationToken).ConfigureAwait(false)).StatusEmoji;

    public static async Task<DateTimeOffset?> StatusExpiration([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackProfileAsync(user.Id, cancellationToken).ConfigureAwait(false)).StatusExpiration;

    public static async Task<string?> Team([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackProfileAsync(user.Id, cancellationToken).ConfigureAwait(false)).Team;

    public static async Task<string?> BotId([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackProfileAsync(user.Id, cancellationToken).ConfigureAwait(false)).BotId;

    public static async Task<bool?> AlwaysActive([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackProfileAsync(user.Id, cancellationToken).ConfigureAwait(false)).AlwaysActive;

    public static async Task<IReadOnlyList<SlackCustomField>> Fields([Parent] UserRef user, bool includeLabels, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        SlackProfileResolvers.Fields(
            await (includeLabels ? calls.SlackProfileWithLabelsAsync(user.Id, cancellationToken) : calls.SlackProfileAsync(user.Id, cancellationToken)).ConfigureAwait(false),
            includeLabels);

    // users.info
    public static async Task<string?> Name([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackAccountAsync(user.Id, cancellationToken).ConfigureAwait(false)).Name;

    public static async Task<bool?> Deleted([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackAccountAsync(user.Id, cancellationToken).ConfigureAwait(false)).Deleted;

    public static async Task<string?> Color([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackAccountAsync(user.Id, cancellationToken).ConfigureAwait(false)).Color;

    public static async Task<string?> TimeZone([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackAccountAsync(user.Id, cancellationToken).ConfigureAwait(false)).TimeZone;

    public static async Task<string?> TimeZoneLabel([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackAccountAsync(user.Id, cancellationToken).ConfigureAwait(false)).TimeZoneLabel;

    public static async Task<int?> TimeZoneOffset([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackAccountAsync(user.Id, cancellationToken).ConfigureAwait(false)).TimeZoneOffset;

    public static async Task<bool?> IsAdmin([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackAccountAsync(user.Id, cancellationToken).ConfigureAwait(false)).IsAdmin;

    public static async Task<bool?> IsOwner([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackAccountAsync(user.Id, cancellationToken).ConfigureAwait(false)).IsOwner;

    public static async Task<bool?> IsPrimaryOwner([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackAccountAsync(user.Id, cancellationToken).ConfigureAwait(false)).IsPrimaryOwner;

    public static async Task<bool?> IsRestricted([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackAccountAsync(user.Id, cancellationToken).ConfigureAwait(false)).IsRestricted;

    public static async Task<bool?> IsUltraRestricted([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackAccountAsync(user.Id, cancellationToken).ConfigureAwait(false)).IsUltraRestricted;

    public static async Task<bool?> IsBot([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackAccountAsync(user.Id, cancellationToken).ConfigureAwait(false)).AccountIsBot;

    public static async Task<bool?> IsAppUser([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackAccountAsync(user.Id, cancellationToken).ConfigureAwait(false)).IsAppUser;

    public static async Task<DateTimeOffset?> Updated([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.SlackAccountAsync(user.Id, cancellationToken).ConfigureAwait(false)).Updated;
}
