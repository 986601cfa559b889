using ProfileGraph.GraphQL.Binding;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Graph.People;

/// <summary><c>PersonSuggestion.user</c>: the suggested user, loaded with the batch's other users.</summary>
public static class PersonSuggestionResolvers
{
    public static Task<ProfileUser?> User(IResolverContext context, [Parent] SuggestedUser suggestion) => UserFetcher.FetchOneAsync(context, suggestion.UserRef);
}
