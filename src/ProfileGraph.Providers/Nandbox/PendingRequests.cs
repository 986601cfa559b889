using ProfileGraph.Providers.Errors;

namespace ProfileGraph.Providers.Nandbox;

/// <summary>
/// Requests sent on one socket and not yet answered, keyed by <c>reference</c>: replies arrive in any order
/// and find their caller here. When the socket ends, every request still here fails at once, and no new one
/// is taken, so nothing waits on a dead socket.
/// </summary>
internal sealed class PendingRequests
{
    private readonly Dictionary<long, TaskCompletionSource<NandboxReply>> _pending = [];
    private readonly Lock _lock = new();
    private ProviderException? _closed;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>Registers a request before it is sent; throws the closing failure once the socket has ended.</summary>
    public Task<NandboxReply> Add(long reference)
    {
        var reply = new TaskCompletionSource<NandboxReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (_closed is not null)
            {
                throw _closed;
            }

            _pending.Add(reference, reply);
        }

        return reply.Task;
    }

    /// <summary>Hands a reply to its request; false when none waits for it (timed out, or never sent).</summary>
    public bool Complete(long reference, NandboxReply reply)
    {
        TaskCompletionSource<NandboxReply>? waiting;
        lock (_lock)
        {
            if (!_pending.Remove(reference, out waiting))
            {
                return false;
            }
        }

        return waiting.TrySetResult(reply);
    }

    /// <summary>Forgets a request that timed out or was cancelled; a late reply then finds nobody.</summary>
    public void Remove(long reference)
    {
        lock (_lock)
        {
            _pending.Remove(reference);
        }
    }

    /// <summary>Fails every request still waiting, and every later <see cref="Add"/>, with <paramref name="reason"/>.</summary>
    public void Close(ProviderException reason)
    {
        List<TaskCompletionSource<NandboxReply>> abandoned;
        lock (_lock)
        {
            _closed ??= reason;
            abandoned = [.. _pending.Values];
            _pending.Clear();
        }

        foreach (var request in abandoned)
        {
            request.TrySetException(reason);
        }
    }
}
