using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Execution.Planning;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.Server.Graph.Loading;

namespace ProfileGraph.Server.Graph.Users;

/// <summary>
/// Loads users for a field that returns them (<c>user</c>, <c>users</c>, <c>node</c>, <c>_entities</c>): reads the
/// field's User selection ahead, then starts every user's load before awaiting any, so the keys of all of them
/// (and of sibling fields) meet in one batch per provider.
/// </summary>
public static class UserFetcher
{
    /// <summary>For each ref, a <see cref="ProfileUser"/> or the error that stands in its place.</summary>
    public static async Task<IReadOnlyList<object>> FetchAsync(IResolverContext context, IReadOnlyList<UserRef> users, IReadOnlyList<PlannedField>? selection = null)
    {
        selection ??= context.GetSelections(UserType(context));
        var needs = SelectionNeeds.Of(context, selection);
        var loaders = ProfileLoaders.Of(context);
        var loads = users.Select(user => string.IsNullOrWhiteSpace(user.Id)
            ? Task.FromResult<object>(new GraphQLException("A user id must not be empty.", ErrorCodes.BadUserInput))
            : loaders.LoadAsync(user, needs)).ToArray();
        return await Task.WhenAll(loads).ConfigureAwait(false);
    }

    /// <summary>One user, or null with a USER_NOT_FOUND error.</summary>
    public static async Task<ProfileUser?> FetchOneAsync(IResolverContext context, UserRef user) =>
        (await FetchAsync(context, [user]).ConfigureAwait(false))[0] switch
        {
            ProfileUser found => found,
            var error => throw (Exception)error,
        };

    public static ObjectType UserType(IResolverContext context) => (ObjectType)context.Schema.GetType("User")!;
}
