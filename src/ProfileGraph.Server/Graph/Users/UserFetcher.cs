using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Execution.Planning;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.Server.Caching;
using ProfileGraph.Server.Graph.Loading;

namespace ProfileGraph.Server.Graph.Users;

/// <summary>
/// Loads users for a field that returns them (<c>user</c>, <c>users</c>, <c>node</c>, <c>_entities</c>): reads the
/// field's User selection ahead, then starts every user's load before awaiting any, so the keys of all of them
/// (and of sibling fields) meet in one batch per provider. A user served from a stale cached answer is marked in
/// the response's <c>extensions.stale</c> at its own path.
/// </summary>
public static class UserFetcher
{
    /// <summary>For each ref, a <see cref="ProfileUser"/> or the error that stands in its place, for a list field.</summary>
    public static async Task<IReadOnlyList<object>> FetchAsync(IResolverContext context, IReadOnlyList<UserRef> users)
    {
        var path = context.Path;
        var loaded = await LoadAsync(context, users).ConfigureAwait(false);
        MarkStale(context, path, loaded);
        return loaded;
    }

    /// <summary>One user, or null with a USER_NOT_FOUND error.</summary>
    public static async Task<ProfileUser?> FetchOneAsync(IResolverContext context, UserRef user)
    {
        var path = context.Path;
        switch ((await LoadAsync(context, [user]).ConfigureAwait(false))[0])
        {
            case ProfileUser found:
                if (found.StaleAge is { } age)
                {
                    StaleMarks.Report(context, path, found.Provider, age);
                }

                return found;
            case var error:
                throw (Exception)error;
        }
    }

    /// <summary>For each ref, a <see cref="ProfileUser"/> or the error that stands in its place; marks nothing.</summary>
    public static async Task<IReadOnlyList<object>> LoadAsync(IResolverContext context, IReadOnlyList<UserRef> users, IReadOnlyList<PlannedField>? selection = null)
    {
        selection ??= context.GetSelections(UserType(context));
        return await LoadAsync(context, users, SelectionNeeds.Of(context, selection)).ConfigureAwait(false);
    }

    /// <summary>For each ref, a <see cref="ProfileUser"/> with what <paramref name="needs"/> asks, or the error that stands in its place.</summary>
    public static async Task<IReadOnlyList<object>> LoadAsync(IResolverContext context, IReadOnlyList<UserRef> users, DataNeeds needs)
    {
        var loaders = ProfileLoaders.Of(context);
        var loads = users.Select(user => string.IsNullOrWhiteSpace(user.Id)
            ? Task.FromResult<object>(new GraphQLException("A user id must not be empty.", ErrorCodes.BadUserInput))
            : loaders.LoadAsync(user, needs)).ToArray();
        return await Task.WhenAll(loads).ConfigureAwait(false);
    }

    /// <summary>Marks each stale user of a list field's <paramref name="items"/> at its index under <paramref name="path"/>.</summary>
    public static void MarkStale(IResolverContext context, ResultPath path, IReadOnlyList<object?> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        for (var index = 0; index < items.Count; index++)
        {
            if (items[index] is ProfileUser { StaleAge: { } age } user)
            {
                StaleMarks.Report(context, path.Append(index), user.Provider, age);
            }
        }
    }

    public static ObjectType UserType(IResolverContext context) => (ObjectType)context.Schema.GetType("User")!;
}
