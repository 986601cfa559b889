using ProfileGraph.GraphQL.Binding;
using ProfileGraph.Server.Graph.Photos;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Benchmarks.Naive;

/// <summary>The <c>NandboxProfile</c> fields of the naive baseline: each but the id sends its own getUser.</summary>
internal static class NaiveNandboxProfileResolvers
{
    public static string Id([Parent] UserRef user) => user.Id;

    public static async Task<string> Name([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.NandboxUserAsync(user.Id, cancellationToken).ConfigureAwait(false)).Name;

    public static async Task<string> Version([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.NandboxUserAsync(user.Id, cancellationToken).ConfigureAwait(false)).Version;

    public static async Task<string?> Status([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.NandboxUserAsync(user.Id, cancellationToken).ConfigureAwait(false)).Status;

    public static async Task<bool> IsBot([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.NandboxUserAsync(user.Id, cancellationToken).ConfigureAwait(false)).IsBot;

    public static async Task<Photo?> Photo([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.NandboxUserAsync(user.Id, cancellationToken).ConfigureAwait(false)).Photo;
}
