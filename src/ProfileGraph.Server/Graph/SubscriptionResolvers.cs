using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using ProfileGraph.GraphQL.Binding;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Providers.Status;
using ProfileGraph.Server.Caching;
using ProfileGraph.Server.Events;
using ProfileGraph.Server.Graph.Providers;
using ProfileGraph.Server.Graph.Users;
using ProfileGraph.Server.Hosting;

namespace ProfileGraph.Server.Graph;

/// <summary>
/// The <c>Subscription</c> fields' subscribers (each gives the field's source stream of events) and the resolver that
/// makes a user of each <c>userChanged</c> event.
/// </summary>
public static class SubscriptionResolvers
{
    /// <summary>The most users one <c>userChanged</c> subscription may listen to.</summary>
    public const int MaxUsers = 100;

    /// <summary>The changes of <paramref name="refs"/>' users, from wherever the service learns them (provider events, refresh).</summary>
    public static IAsyncEnumerable<UserRef> UserChanged(IReadOnlyList<UserRef> refs, [Service] ProfileChangeFeed feed, [Service] SubscribedUsers subscribed, CancellationToken cancellationToken)
    {
        // Checked here, before the stream starts, so a bad subscription is refused as a request error.
        if (refs.Count is 0 or > MaxUsers || refs.Any(user => string.IsNullOrWhiteSpace(user.Id)))
        {
            throw new GraphQLException($"userChanged listens to 1 to {MaxUsers} users, each with an id.", ErrorCodes.BadUserInput);
        }

        return ListenAsync([.. refs], feed, subscribed, cancellationToken);
    }

    /// <summary>Each <c>userChanged</c> event's user, loaded as any user is (DataLoaders, the cache the change refreshed).</summary>
    public static Task<ProfileUser?> ChangedUser(IResolverContext context, [Parent] UserRef changed) => UserFetcher.FetchOneAsync(context, changed);

    /// <summary>How many status changes wait for a slow subscriber before the oldest are dropped.</summary>
    private const int Backlog = 64;

    private static async IAsyncEnumerable<UserRef> ListenAsync(HashSet<UserRef> wanted, ProfileChangeFeed feed, SubscribedUsers subscribed, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var listening = subscribed.Add(wanted);
        await foreach (var change in feed.SubscribeAsync(cancellationToken).ConfigureAwait(false))
        {
            if (wanted.Contains(change.User))
            {
                yield return change.User;
            }
        }
    }

    /// <summary>Every circuit transition of this replica's providers, as the provider's status then.</summary>
    public static async IAsyncEnumerable<ProviderState> ProviderStatusChanged(
        [Service] ProviderStatusRegistry registry,
        [Service] EmulatedProviders emulated,
        [Service] IOptions<ProfileCacheOptions> cache,
        [Service] ProviderCacheStatistics statistics,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var changes = Channel.CreateBounded<ProviderStatus>(new BoundedChannelOptions(Backlog) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        void OnChanged(ProviderStatus status) => changes.Writer.TryWrite(status);
        registry.StatusChanged += OnChanged;
        try
        {
            await foreach (var status in changes.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return new ProviderState(
                    status.Provider, status.Breaker, status.ErrorRate, status.Calls, emulated.Contains(status.Provider), ProviderCacheStatus.Of(status.Provider, cache.Value, statistics));
            }
        }
        finally
        {
            registry.StatusChanged -= OnChanged;
        }
    }
}
