using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace ProfileGraph.Server.Events;

/// <summary>
/// Profile changes, from whatever learns of them, to every subscriber of this process: each subscriber reads its own
/// bounded channel, and a slow one loses its oldest changes rather than hold publishers back.
/// </summary>
public sealed class ProfileChangeFeed
{
    /// <summary>How many changes wait for a slow subscriber.</summary>
    public const int Backlog = 256;

    private readonly ConcurrentDictionary<Channel<ProfileChange>, byte> _subscribers = new();

    public void Publish(ProfileChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        foreach (var subscriber in _subscribers.Keys)
        {
            subscriber.Writer.TryWrite(change);
        }
    }

    /// <summary>Every change published after the call, until <paramref name="cancellationToken"/> ends it.</summary>
    public async IAsyncEnumerable<ProfileChange> SubscribeAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateBounded<ProfileChange>(new BoundedChannelOptions(Backlog) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        _subscribers.TryAdd(channel, 0);
        try
        {
            await foreach (var change in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return change;
            }
        }
        finally
        {
            _subscribers.TryRemove(channel, out _);
        }
    }
}
