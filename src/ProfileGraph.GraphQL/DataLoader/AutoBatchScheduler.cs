namespace ProfileGraph.GraphQL.DataLoader;

/// <summary>
/// Dispatches by itself, for loaders used outside the executor (tests, background jobs): a thread-pool work item
/// queued at the first schedule fetches what was loaded until it runs. That is normally everything the current
/// synchronous code loads, e.g. <c>Task.WhenAll(keys.Select(loader.LoadAsync))</c>, but an idle pool thread may
/// start it sooner; the <c>LoadAsync(keys)</c> overload always buffers its keys as one batch.
/// </summary>
public sealed class AutoBatchScheduler : IBatchScheduler
{
    private readonly ExecutorBatchScheduler _batches = new();
    private readonly CancellationToken _cancellationToken;
    private int _dispatchQueued;

    /// <param name="cancellationToken">Given to every fetch, e.g. a background job's stopping token.</param>
    public AutoBatchScheduler(CancellationToken cancellationToken = default) => _cancellationToken = cancellationToken;

    public void Schedule(IBatchDispatcher dispatcher)
    {
        _batches.Schedule(dispatcher);
        if (Interlocked.Exchange(ref _dispatchQueued, 1) == 0)
        {
            // preferLocal: the item waits behind the caller's own work on this thread's queue, unless a pool thread steals it.
            ThreadPool.UnsafeQueueUserWorkItem(static scheduler => scheduler.Dispatch(), this, preferLocal: true);
        }
    }

    private void Dispatch()
    {
        // Cleared first: a dispatcher scheduled after this line gets a work item of its own.
        Volatile.Write(ref _dispatchQueued, 0);
        _ = _batches.DispatchPendingAsync(_cancellationToken);
    }
}
