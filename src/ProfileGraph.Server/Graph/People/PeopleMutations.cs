using System.Globalization;
using ProfileGraph.GraphQL.Binding;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.People;
using ProfileGraph.Server.Graph.Providers;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Graph.People;

/// <summary>
/// The <c>Mutation</c> fields: manual links. Every ref must name a user its provider has (fetched through the cache,
/// so a user seen recently costs no call); the store applies each change in one transaction, so concurrent calls never
/// lose one another's links. Only clients granted <c>Write</c> get here (<c>ClientWriteGateStep</c>).
/// </summary>
public static class PeopleMutations
{
    public const int MostAccounts = 20;

    public static async Task<ProfilePerson> LinkAccounts(IResolverContext context, IReadOnlyList<UserRef> refs, [Service] IPersonStore store, [Service] PersonStoreFailures failures)
    {
        var accounts = refs.Distinct().ToList();
        if (accounts.Count is < 2 or > MostAccounts)
        {
            throw new GraphQLException(
                string.Create(CultureInfo.InvariantCulture, $"linkAccounts takes 2 to {MostAccounts} different accounts, not {accounts.Count}."),
                ErrorCodes.BadUserInput);
        }

        await EnsureExistAsync(context, accounts).ConfigureAwait(false);
        PersonRecord person;
        try
        {
            person = await store.LinkAsync([.. accounts.Select(Key)], context.RequestAborted).ConfigureAwait(false);
        }
        catch (PersonLinkConflictException conflict)
        {
            throw new GraphQLException(
                "These accounts belong to different people: unlink one of them first (unlinkAccount).",
                PersonErrors.LinkConflict,
                new Dictionary<string, object?>
                {
                    ["people"] = conflict.People.Select(pair => new Dictionary<string, object?>
                    {
                        ["provider"] = ProviderNames.Of(pair.Key.Provider),
                        ["id"] = pair.Key.Id,
                        ["person"] = GlobalId.ForPerson(pair.Value),
                    }).ToList(),
                });
        }
        catch (Exception failure) when (failure is System.Data.Common.DbException or TimeoutException)
        {
            throw failures.Report(failure);
        }

        PersonLoaders.Of(context).Clear();
        return ProfilePerson.Of(person);
    }

    public static async Task<ProfileUser> UnlinkAccount(IResolverContext context, UserRef @ref, [Service] IPersonStore store, [Service] PersonStoreFailures failures)
    {
        var user = (await EnsureExistAsync(context, [@ref]).ConfigureAwait(false))[0];
        try
        {
            await store.UnlinkAsync(Key(@ref), context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is System.Data.Common.DbException or TimeoutException)
        {
            throw failures.Report(failure);
        }

        PersonLoaders.Of(context).Clear();
        return user;
    }

    /// <summary>The users, each fetched from its provider (or the cache); the first one missing, or not confirmed, fails the mutation.</summary>
    private static async Task<IReadOnlyList<ProfileUser>> EnsureExistAsync(IResolverContext context, IReadOnlyList<UserRef> accounts)
    {
        var loaded = await UserFetcher.LoadAsync(context, accounts, DataNeeds.Profile).ConfigureAwait(false);
        var users = new List<ProfileUser>(loaded.Count);
        foreach (var item in loaded)
        {
            if (item is not ProfileUser user)
            {
                throw (Exception)item;
            }

            _ = user.Facts;     // a provider that failed cannot confirm the user: its error stands
            users.Add(user);
        }

        return users;
    }

    private static AccountKey Key(UserRef user) => new(user.Provider, user.Id);
}
