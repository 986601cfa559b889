using ProfileGraph.GraphQL.Federation;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.Server.Graph;
using ProfileGraph.Server.Graph.People;
using ProfileGraph.Server.Graph.Slack;
using ProfileGraph.Server.Graph.Users;
using ProfileGraph.Server.Graph.WhatsApp;

namespace ProfileGraph.Server.Schema;

/// <summary>
/// The profile graph: the SDL contract of <c>schema/</c> with its resolvers bound, built as an Apollo Federation 2
/// subgraph whose <c>User</c> entities resolve by <c>id</c> or by <c>provider providerId</c>, and <c>Person</c> entities by <c>id</c>.
/// </summary>
public static class ProfileSchema
{
    /// <summary>
    /// Builds the schema, with <c>@defer</c> and <c>@stream</c> unless turned off (<c>Execution:EnableDefer</c>,
    /// <c>Execution:EnableStream</c>); a binding problem fails with the full list of them (<see cref="SchemaValidationException"/>).
    /// </summary>
    public static GraphQLSchema Build(bool enableDefer = true, bool enableStream = true) => CreateBuilder().EnableIncrementalDelivery(enableDefer, enableStream).Build();

    /// <summary>The contract with every resolver bound, not yet built: tests add documents to it.</summary>
    internal static SchemaBuilder CreateBuilder() => ProfileSchemaFiles.CreateBuilder()
        .AddFederation()
        .AddResolvers(typeof(QueryResolvers), "Query")
        .AddResolvers(typeof(UserResolvers), "User")
        .AddResolvers(typeof(SlackProfileResolvers), "SlackProfile")
        .AddResolvers(typeof(WhatsAppContactResolvers), "WhatsAppContact")
        .AddResolvers(typeof(PersonResolvers), "Person")
        .AddResolvers(typeof(PersonLinkResolvers), "PersonLink")
        .AddResolvers(typeof(PersonSuggestionResolvers), "PersonSuggestion")
        .AddResolvers(typeof(PeopleMutations), "Mutation")
        .AddSubscriber("providerStatusChanged", SubscriptionResolvers.ProviderStatusChanged)
        .AddSubscriber("userChanged", SubscriptionResolvers.UserChanged)
        .AddResolver("Subscription", "userChanged", SubscriptionResolvers.ChangedUser)
        .BindRuntimeType<ProfileUser>("User")
        .BindRuntimeType<ProfilePerson>("Person")
        .AddEntityResolver("User", "id", UserEntityResolvers.ById)
        .AddEntityResolver("User", "provider providerId", UserEntityResolvers.ByProviderId)
        .AddEntityResolver("Person", "id", PersonEntityResolvers.ById);
}
