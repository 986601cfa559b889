using System.Collections.Concurrent;
using ProfileGraph.Server.Caching;

namespace ProfileGraph.Server.Events;

/// <summary>
/// Where profile changes meet their subscribers (GraphQL subscriptions, say). A change published here first evicts the
/// user's cached answers, so whoever reacts to it reads fresh data, then reaches every subscriber of this replica and,
/// with Redis, of every other replica (<see cref="RedisProfileChangeRelay"/>). Each subscriber reads from a bounded
/// queue of its own that drops its oldest change when full: a slow subscriber never holds a publisher up, nor grows.
/// </summary>
public sealed partial class ProfileChangeFeed(ProviderCache cache, ILogger<ProfileChangeFeed> logger)
{
    /// <summary>How many changes a subscriber may fall behind by before its oldest are dropped.</summary>
    public const int SubscriberCapacity = 256;

    private readonly ConcurrentDictionary<ProfileChangeSubscription, byte> _subscribers = new();

    /// <summary>Sends a change published here to the other replicas; set while the Redis relay runs.</summary>
    internal Func<ProfileChange, Task>? Forward { get; set; }

    /// <summary>Evicts the user's cached answers everywhere, then delivers the change to every subscriber of every replica.</summary>
    public async Task PublishAsync(ProfileChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        await cache.EvictAsync(change.User.Provider, change.User.Id, cancellationToken).ConfigureAwait(false);
        Deliver(change);
        if (Forward is { } forward)
        {
            await forward(change).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Every change published after this call, on any replica, until <paramref name="cancellationToken"/> is cancelled
    /// or the enumeration ends. The subscription starts here, not at the first <c>MoveNextAsync</c>; enumerate it once.
    /// </summary>
    public IAsyncEnumerable<ProfileChange> SubscribeAsync(CancellationToken cancellationToken)
    {
        var subscription = new ProfileChangeSubscription(SubscriberCapacity, Unsubscribe, FellBehind);
        _subscribers.TryAdd(subscription, 0);
        subscription.EndWhen(cancellationToken);
        return subscription.ReadAllAsync(cancellationToken);
    }

    /// <summary>Subscribers on this replica now.</summary>
    public int SubscriberCount => _subscribers.Count;

    /// <summary>A change another replica published (and evicted everywhere): its backplane message may still be on its way, so this replica's memory drops the user too.</summary>
    internal async Task ReceiveAsync(ProfileChange change)
    {
        await cache.EvictFromMemoryAsync(change.User.Provider, change.User.Id, CancellationToken.None).ConfigureAwait(false);
        Deliver(change);
    }

    private void Deliver(ProfileChange change)
    {
        foreach (var subscriber in _subscribers.Keys)
        {
            subscriber.Write(change);
        }
    }

    private void Unsubscribe(ProfileChangeSubscription subscription) => _subscribers.TryRemove(subscription, out _);

    private void FellBehind() => LogFellBehind(logger, SubscriberCapacity);

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "A profile change subscriber fell more than {Capacity} changes behind: its oldest changes are dropped")]
    private static partial void LogFellBehind(ILogger logger, int capacity);
}
