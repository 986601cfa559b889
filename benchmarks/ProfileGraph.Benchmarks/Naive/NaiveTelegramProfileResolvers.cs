using ProfileGraph.GraphQL.Binding;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Benchmarks.Naive;

/// <summary>The <c>TelegramProfile</c> fields of the naive baseline: each but the key asks Infobip for the user.</summary>
internal static class NaiveTelegramProfileResolvers
{
    public static string Key([Parent] UserRef user) => user.Id;

    public static async Task<string> FirstName([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.TelegramUserAsync(user.Id, cancellationToken).ConfigureAwait(false)).FirstName;

    public static async Task<string?> LastName([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.TelegramUserAsync(user.Id, cancellationToken).ConfigureAwait(false)).LastName;

    public static async Task<string?> Username([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.TelegramUserAsync(user.Id, cancellationToken).ConfigureAwait(false)).Username;
}
