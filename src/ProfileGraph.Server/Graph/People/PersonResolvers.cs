using ProfileGraph.GraphQL.Binding;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.People.Evidence;
using ProfileGraph.Providers;
using ProfileGraph.Server.Graph.Photos;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Graph.People;

/// <summary>
/// The <c>Person</c> fields that read its accounts. Accounts load through the provider DataLoaders and the profile
/// cache, as any user does; merged fields read them in precedence order, and fetch a WhatsApp contact (one call a
/// second) for a name or a picture only when no other account has one. An account whose provider failed is skipped.
/// </summary>
public static class PersonResolvers
{
    public static async Task<IReadOnlyList<ProfileUser>> Accounts(IResolverContext context, [Parent] ProfilePerson person)
    {
        var path = context.Path;
        var users = (await UserFetcher.LoadAsync(context, person.AccountRefs).ConfigureAwait(false)).OfType<ProfileUser>().ToList();
        UserFetcher.MarkStale(context, path, users);
        return users;
    }

    public static Task<string?> DisplayName(IResolverContext context, [Parent] ProfilePerson person) =>
        FirstAsync(context, person, DataNeeds.Profile, facts => facts.DisplayName);

    public static Task<Photo?> Avatar(IResolverContext context, [Parent] ProfilePerson person, int? size) =>
        FirstAsync(context, person, DataNeeds.SlackProfile | DataNeeds.WhatsAppAvatar | DataNeeds.NandboxUser, facts => Photo.Pick(facts.Photos, size, facts.DefaultAvatar));

    public static async Task<IReadOnlyList<string>> Emails(IResolverContext context, [Parent] ProfilePerson person) =>
        [.. (await AllAsync(context, person, DataNeeds.Profile, facts => EmailAddresses.Normalize(facts.Email)).ConfigureAwait(false)).Distinct(StringComparer.Ordinal)];

    // Slack's phone needs its profile; a WhatsApp chat id is a phone number without a call; the others have none.
    public static async Task<IReadOnlyList<string>> Phones(IResolverContext context, [Parent] ProfilePerson person) =>
        [.. (await AllAsync(context, person, DataNeeds.SlackProfile, facts => facts.Phone is { } phone ? PhoneNumbers.ToE164(phone) ?? phone : null).ConfigureAwait(false)).Distinct(StringComparer.Ordinal)];

    public static async Task<IReadOnlyList<SuggestedUser>> Suggestions(IResolverContext context, [Parent] ProfilePerson person, int? first)
    {
        var count = first ?? 5;
        if (count is < 0 or > SuggestionLoader.Most)
        {
            throw new GraphQLException($"suggestions(first:) takes 0 to {SuggestionLoader.Most}, not {count}.", ErrorCodes.BadUserInput);
        }

        var suggestions = await PersonLoaders.Of(context).Suggestions.LoadAsync(person, context.RequestAborted).ConfigureAwait(false);
        return [.. suggestions.Take(count)];
    }

    private static async Task<T?> FirstAsync<T>(IResolverContext context, ProfilePerson person, DataNeeds needs, Func<IUserFacts, T?> read)
        where T : class
    {
        foreach (var tier in person.ByPrecedence.GroupBy(account => account.Provider == Provider.WhatsApp).OrderBy(tier => tier.Key))
        {
            foreach (var user in (await UserFetcher.LoadAsync(context, [.. tier], needs).ConfigureAwait(false)).OfType<ProfileUser>())
            {
                if (Read(user, read) is { } value)
                {
                    return value;
                }
            }
        }

        return null;
    }

    private static async Task<IEnumerable<string>> AllAsync(IResolverContext context, ProfilePerson person, DataNeeds needs, Func<IUserFacts, string?> read)
    {
        var users = await UserFetcher.LoadAsync(context, [.. person.ByPrecedence], needs).ConfigureAwait(false);
        return users.OfType<ProfileUser>().Select(user => Read(user, read)).OfType<string>();
    }

    private static T? Read<T>(ProfileUser user, Func<IUserFacts, T?> read)
        where T : class
    {
        try
        {
            return read(user.Facts) is { } value && (value is not string text || text.Length > 0) ? value : null;
        }
        catch (GraphQLException)
        {
            return null;
        }
    }
}
