using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace ProfileGraph.Server.Events;

/// <summary>
/// One subscriber's queue of changes: bounded, dropping its oldest when full (said once per subscriber), and gone from
/// the feed when its reader stops or its token is cancelled, whichever comes first.
/// </summary>
internal sealed class ProfileChangeSubscription
{
    private readonly Channel<ProfileChange> _changes;
    private readonly Action<ProfileChangeSubscription> _unsubscribe;
    private CancellationTokenRegistration _cancelled;
    private int _dropped;

    public ProfileChangeSubscription(int capacity, Action<ProfileChangeSubscription> unsubscribe, Action fellBehind)
    {
        _unsubscribe = unsubscribe;
        _changes = Channel.CreateBounded<ProfileChange>(
            new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            _ =>
            {
                if (Interlocked.Increment(ref _dropped) == 1)
                {
                    fellBehind();
                }
            });
    }

    /// <summary>Ends the subscription when <paramref name="cancellationToken"/> is cancelled, even if it is never read.</summary>
    public void EndWhen(CancellationToken cancellationToken) => _cancelled = cancellationToken.Register(End);

    /// <summary>Never waits: a full queue drops its oldest change instead.</summary>
    public void Write(ProfileChange change) => _changes.Writer.TryWrite(change);

    public async IAsyncEnumerable<ProfileChange> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            while (await WaitAsync(cancellationToken).ConfigureAwait(false))
            {
                while (_changes.Reader.TryRead(out var change))
                {
                    yield return change;
                }
            }
        }
        finally
        {
            End();
        }
    }

    /// <summary>Whether there is more to read; false once ended or cancelled (an ended subscription is not an error).</summary>
    private async ValueTask<bool> WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _changes.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private void End()
    {
        _unsubscribe(this);
        _changes.Writer.TryComplete();
        _cancelled.Unregister();
    }
}
