using ProfileGraph.GraphQL.DataLoader;
using ProfileGraph.Providers.Nandbox;
using ProfileGraph.Server.Caching;
using ProfileGraph.Server.Graph.Nandbox;
using ProfileGraph.Server.Graph.Photos;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Graph.Loading;

/// <summary>
/// nandbox users: a batch's getUser frames go out together on the bot's one socket. Photo bytes that arrive with a
/// user (or with their cached answer) are kept for <c>/photos/{id}</c>.
/// </summary>
public sealed class NandboxLoader(IBatchScheduler scheduler, NandboxClient client, PhotoStore photos, PhotoLinks links, ProviderCache cache, CacheDirective directive)
    : ProviderDataLoader<NandboxData>(scheduler, "nandbox", cache, directive)
{
    protected override Task<IReadOnlyDictionary<string, Part<NandboxData>>> FetchUsersAsync(IReadOnlyDictionary<string, DataNeeds> users, CancellationToken cancellationToken) =>
        FanOutAsync(users, async (userId, _) =>
        {
            var user = await CachedAsync(CacheOperation.NandboxUser, userId, token => client.GetUserAsync(userId, token), cancellationToken).ConfigureAwait(false);
            var data = new NandboxData(userId, Part.Of(user), links);
            foreach (var photo in ((IUserFacts)data).Photos)
            {
                photos.Set(photo.Id, user.Value.Image!);
            }

            return data;
        });
}
