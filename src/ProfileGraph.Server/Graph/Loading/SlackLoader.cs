using ProfileGraph.GraphQL.DataLoader;
using ProfileGraph.Providers.Errors;
using ProfileGraph.Providers.Slack;
using ProfileGraph.Server.Caching;
using ProfileGraph.Server.Graph.Slack;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Graph.Loading;

/// <summary>
/// Slack members, fanned out under Slack's Tier 4 limit. users.info serves account fields and the profile at once;
/// users.profile.get serves the profile alone, and is the only call that asks for labels (a much smaller budget).
/// </summary>
public sealed class SlackLoader(IBatchScheduler scheduler, SlackClient client, ProviderCache cache, CacheDirective directive)
    : ProviderDataLoader<SlackData>(scheduler, "slack", cache, directive)
{
    protected override Task<IReadOnlyDictionary<string, Part<SlackData>>> FetchUsersAsync(IReadOnlyDictionary<string, DataNeeds> users, CancellationToken cancellationToken) =>
        FanOutAsync(users, async (userId, needs) =>
        {
            var account = needs.HasFlag(DataNeeds.SlackAccount)
                ? CachedPartAsync(CacheOperation.SlackUser, userId, token => client.GetUserAsync(userId, token), cancellationToken)
                : null;
            var profile = needs.HasFlag(DataNeeds.SlackLabels)
                ? CachedPartAsync(CacheOperation.SlackProfileWithLabels, userId, token => client.GetProfileAsync(userId, includeLabels: true, token), cancellationToken)
                : needs.HasFlag(DataNeeds.SlackProfile) && account is null
                ? CachedPartAsync(CacheOperation.SlackProfile, userId, token => client.GetProfileAsync(userId, cancellationToken: token), cancellationToken)
                : null;
            var accountPart = account is null ? default : await account.ConfigureAwait(false);
            var profilePart = profile is null ? default : await profile.ConfigureAwait(false);
            foreach (var failure in (Exception?[])[accountPart.Failure, profilePart.Failure])
            {
                if (failure is ProviderException { Kind: ProviderErrorKind.NotFound })
                {
                    throw failure;
                }
            }

            return new SlackData(userId, profilePart, accountPart);
        });
}
