using ProfileGraph.GraphQL.DataLoader;
using ProfileGraph.Providers.Nandbox;
using ProfileGraph.Server.Graph.Nandbox;
using ProfileGraph.Server.Graph.Photos;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Graph.Loading;

/// <summary>
/// nandbox users: a batch's getUser frames go out together on the bot's one socket. Photo bytes that arrive with a
/// user are kept for <c>/photos/{id}</c>.
/// </summary>
public sealed class NandboxLoader(IBatchScheduler scheduler, NandboxClient client, PhotoStore photos, PhotoLinks links) : ProviderDataLoader<NandboxData>(scheduler, "nandbox")
{
    protected override Task<IReadOnlyDictionary<string, Part<NandboxData>>> FetchUsersAsync(IReadOnlyDictionary<string, DataNeeds> users, CancellationToken cancellationToken) =>
        FanOutAsync(users, async (userId, _) =>
        {
            var user = await client.GetUserAsync(userId, cancellationToken).ConfigureAwait(false);
            var data = new NandboxData(userId, Part.Of(user), links);
            foreach (var photo in ((IUserFacts)data).Photos)
            {
                photos.Set(photo.Id, user.Image!);
            }

            return data;
        });
}
