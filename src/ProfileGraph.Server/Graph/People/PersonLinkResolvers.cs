using ProfileGraph.GraphQL.Binding;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Graph.People;

/// <summary><c>PersonLink.account</c>: the linked user, loaded with the batch's other users.</summary>
public static class PersonLinkResolvers
{
    public static Task<ProfileUser?> Account(IResolverContext context, [Parent] PersonLink link) => UserFetcher.FetchOneAsync(context, link.AccountRef);
}
