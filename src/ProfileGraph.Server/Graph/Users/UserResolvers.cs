using ProfileGraph.GraphQL.Binding;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Server.Graph.People;
using ProfileGraph.Server.Graph.Photos;

namespace ProfileGraph.Server.Graph.Users;

/// <summary>The <c>User</c> fields with arguments; the rest are read from <see cref="ProfileUser"/>.</summary>
public static class UserResolvers
{
    public static Photo? Avatar([Parent] ProfileUser user, int? size) => Photo.Pick(user.Facts.Photos, size, user.Facts.DefaultAvatar);

    public static Task<ProfilePerson> Person(IResolverContext context, [Parent] ProfileUser user) => PersonFetcher.OfUserAsync(context, user);
}
