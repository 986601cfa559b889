using ProfileGraph.GraphQL.Binding;
using ProfileGraph.Providers;
using ProfileGraph.Server.Graph.Photos;
using ProfileGraph.Server.Graph.Users;
using ProfileGraph.Server.Graph.WhatsApp;

namespace ProfileGraph.Benchmarks.Naive;

/// <summary>
/// The <c>User</c> fields as a straightforward implementation writes them: a field that needs provider data calls
/// the provider for its own user, every time (<c>displayName</c> calls users.profile.get, <c>email</c> calls it
/// again, ...). A field the user's provider never fills is null without a call; <c>provider</c> is read from the
/// <see cref="UserRef"/> parent, and the identity fields and provider extensions cost no call either.
/// </summary>
internal static class NaiveUserResolvers
{
    public static string Id([Parent] UserRef user) => GlobalId.ForUser(user);

    public static string ProviderId([Parent] UserRef user) => user.Id;

    /// <summary>People are outside the benchmark: the baseline answers an error.</summary>
    public static object Person() => throw NaiveQueryResolvers.NotInTheBaseline("person");

    public static async Task<string?> DisplayName([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.ProfileAsync(user, cancellationToken).ConfigureAwait(false)).DisplayName;

    public static async Task<string?> FirstName([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        user.Provider is Provider.Slack or Provider.Telegram ? (await calls.ProfileAsync(user, cancellationToken).ConfigureAwait(false)).FirstName : null;

    public static async Task<string?> LastName([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        user.Provider is Provider.Slack or Provider.Telegram ? (await calls.ProfileAsync(user, cancellationToken).ConfigureAwait(false)).LastName : null;

    public static async Task<string?> Username([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) => user.Provider switch
    {
        // A Slack handle is the member name, which only users.info has.
        Provider.Slack => ((IUserFacts)await calls.SlackAccountAsync(user.Id, cancellationToken).ConfigureAwait(false)).Username,
        Provider.WhatsApp => null,
        _ => (await calls.ProfileAsync(user, cancellationToken).ConfigureAwait(false)).Username,
    };

    public static async Task<string?> Email([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        user.Provider is Provider.Slack or Provider.WhatsApp ? (await calls.ProfileAsync(user, cancellationToken).ConfigureAwait(false)).Email : null;

    public static async Task<string?> Phone([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) => user.Provider switch
    {
        Provider.Slack => (await calls.ProfileAsync(user, cancellationToken).ConfigureAwait(false)).Phone,
        Provider.WhatsApp => new WhatsAppData(user.Id, default, default).Phone,   // the chat id's digits
        _ => null,
    };

    public static async Task<bool?> IsBot([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) => user.Provider switch
    {
        Provider.Slack => ((IUserFacts)await calls.SlackAccountAsync(user.Id, cancellationToken).ConfigureAwait(false)).IsBot,
        Provider.Nandbox => (await calls.ProfileAsync(user, cancellationToken).ConfigureAwait(false)).IsBot,
        _ => null,
    };

    public static async Task<UserStatus?> Status([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        user.Provider is Provider.Slack or Provider.Nandbox ? (await calls.ProfileAsync(user, cancellationToken).ConfigureAwait(false)).Status : null;

    public static async Task<Photo?> Avatar([Parent] UserRef user, int? size, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        await calls.PicturesAsync(user, cancellationToken).ConfigureAwait(false) is { } facts ? Photo.Pick(facts.Photos, size, facts.DefaultAvatar) : null;

    public static async Task<IReadOnlyList<Photo>> Photos([Parent] UserRef user, [Service] NaiveCalls calls, CancellationToken cancellationToken) =>
        (await calls.PicturesAsync(user, cancellationToken).ConfigureAwait(false))?.Photos ?? [];

    // The extension objects hand the user on: each of their fields makes its own call.
    public static UserRef? Slack([Parent] UserRef user) => OfProvider(user, Provider.Slack);

    public static UserRef? Telegram([Parent] UserRef user) => OfProvider(user, Provider.Telegram);

    [GraphQLName("whatsapp")]
    public static UserRef? WhatsApp([Parent] UserRef user) => OfProvider(user, Provider.WhatsApp);

    public static UserRef? Nandbox([Parent] UserRef user) => OfProvider(user, Provider.Nandbox);

    private static UserRef? OfProvider(UserRef user, Provider provider) => user.Provider == provider ? user : null;
}
