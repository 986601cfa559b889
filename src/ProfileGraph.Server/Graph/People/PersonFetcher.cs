using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Server.Graph.Providers;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Graph.People;

/// <summary>People for the fields that return them: a user's (<c>User.person</c>) and by ID (<c>person</c>, <c>node</c>, <c>_entities</c>).</summary>
public static class PersonFetcher
{
    /// <summary>The user's person, with the user's evidence written first when it is new.</summary>
    public static async Task<ProfilePerson> OfUserAsync(IResolverContext context, ProfileUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var loader = PersonLoaders.Of(context).ByAccount;
        loader.Observe(user);
        return ProfilePerson.Of(await loader.LoadAsync(user.Reference, context.RequestAborted).ConfigureAwait(false), user.Reference);
    }

    /// <summary>
    /// The person a global ID names; null for a stored person no longer there, or for the person of an account its
    /// provider does not have.
    /// </summary>
    public static async Task<ProfilePerson?> ByIdAsync(IResolverContext context, string id)
    {
        var (storedId, account) = GlobalId.ParsePerson(id);
        if (storedId is not null)
        {
            return await PersonLoaders.Of(context).ById.LoadAsync(storedId, context.RequestAborted).ConfigureAwait(false) is { } person ? ProfilePerson.Of(person) : null;
        }

        // An account's person: where the account is linked now, or the account alone if it exists.
        var loaded = (await UserFetcher.LoadAsync(context, [account!], DataNeeds.Profile).ConfigureAwait(false))[0];
        return loaded switch
        {
            ProfileUser user => await OfUserAsync(context, user).ConfigureAwait(false),
            GraphQLException { Code: ProviderErrors.UserNotFound } => null,
            var error => throw (Exception)error,
        };
    }
}
