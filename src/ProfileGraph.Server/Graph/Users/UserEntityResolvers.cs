using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Providers;

namespace ProfileGraph.Server.Graph.Users;

/// <summary>
/// How a federation gateway gets users from this subgraph (<c>_entities</c>), by either key of <c>User</c>. Each
/// representation is one <see cref="UserFetcher"/> load; <c>_entities</c> starts them all before awaiting any, so they
/// share the provider DataLoaders' batches as the refs of <c>users(refs:)</c> do. A key that names no user is a
/// null entity with an error at its own path.
/// </summary>
public static class UserEntityResolvers
{
    /// <summary><c>@key(fields: "id")</c>: an ID that is not one of this graph's is BAD_USER_INPUT.</summary>
    public static Task<ProfileUser?> ById(IResolverContext context, string id) => UserFetcher.FetchOneAsync(context, GlobalId.ParseUser(id));

    /// <summary><c>@key(fields: "provider providerId")</c>: the provider's own id, as <c>user(provider:, id:)</c> takes it.</summary>
    public static Task<ProfileUser?> ByProviderId(IResolverContext context, Provider provider, string providerId) =>
        UserFetcher.FetchOneAsync(context, new UserRef(provider, providerId));
}
