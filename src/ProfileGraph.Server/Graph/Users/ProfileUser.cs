using ProfileGraph.GraphQL.Binding;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Providers;
using ProfileGraph.Server.Graph.Nandbox;
using ProfileGraph.Server.Graph.Photos;
using ProfileGraph.Server.Graph.Slack;
using ProfileGraph.Server.Graph.Telegram;
using ProfileGraph.Server.Graph.WhatsApp;

namespace ProfileGraph.Server.Graph.Users;

/// <summary>
/// The <c>User</c> type's parent: a user's identity and whatever the request fetched for them. When the fetch failed,
/// every field that needs data fails with the provider's error while <c>id</c>, <c>provider</c> and
/// <c>providerId</c> are still served.
/// </summary>
public sealed class ProfileUser
{
    private readonly IUserFacts? _facts;
    private readonly GraphQLException? _failure;

    public ProfileUser(UserRef reference, IUserFacts facts)
    {
        Reference = reference;
        _facts = facts;
    }

    public ProfileUser(UserRef reference, GraphQLException failure)
    {
        Reference = reference;
        _failure = failure;
    }

    internal UserRef Reference { get; }

    public string Id => GlobalId.ForUser(Reference);

    public Provider Provider => Reference.Provider;

    public string ProviderId => Reference.Id;

    public string? DisplayName => Facts.DisplayName;

    public string? FirstName => Facts.FirstName;

    public string? LastName => Facts.LastName;

    public string? Username => Facts.Username;

    public string? Email => Facts.Email;

    public string? Phone => Facts.Phone;

    public bool? IsBot => Facts.IsBot;

    public UserStatus? Status => Facts.Status;

    public IReadOnlyList<Photo> Photos => Facts.Photos;

    public SlackData? Slack => Extension<SlackData>(Provider.Slack);

    public TelegramData? Telegram => Extension<TelegramData>(Provider.Telegram);

    [GraphQLName("whatsapp")]
    public WhatsAppData? WhatsApp => Extension<WhatsAppData>(Provider.WhatsApp);

    public NandboxData? Nandbox => Extension<NandboxData>(Provider.Nandbox);

    internal IUserFacts Facts => _facts ?? throw _failure!;

    /// <summary>The age of the provider data when the cache served it stale; null when fresh or not fetched.</summary>
    internal TimeSpan? StaleAge => _facts?.StaleAge;

    private T? Extension<T>(Provider provider)
        where T : class => Provider == provider ? (T)Facts : null;
}
