namespace ProfileGraph.GraphQL.DataLoader;

/// <summary>
/// The scheduler the executor drives: loaders' batches wait here until the executor finds that no resolver can
/// make progress without data (<see cref="HasPending"/>), then <see cref="DispatchPendingAsync"/> fetches them all.
/// Thread-safe: loaders may schedule from any thread, also while a dispatch runs.
/// </summary>
public sealed class ExecutorBatchScheduler : IBatchScheduler
{
    private readonly Lock _gate = new();
    private List<IBatchDispatcher> _pending = [];

    /// <summary>Whether some loader has keys waiting for a dispatch.</summary>
    public bool HasPending
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count > 0;
            }
        }
    }

    public void Schedule(IBatchDispatcher dispatcher)
    {
        ArgumentNullException.ThrowIfNull(dispatcher);
        lock (_gate)
        {
            _pending.Add(dispatcher);
        }
    }

    /// <summary>
    /// Starts every dispatcher scheduled so far, concurrently, and completes when all of them have: by then every
    /// caller of their keys has been resumed up to its next await, so keys those callers loaded next are pending.
    /// Loaders scheduled from now on wait for the next call.
    /// </summary>
    public Task DispatchPendingAsync(CancellationToken cancellationToken = default)
    {
        List<IBatchDispatcher> dispatchers;
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                return Task.CompletedTask;
            }

            dispatchers = _pending;
            _pending = [];
        }

        if (dispatchers.Count == 1)
        {
            return Start(dispatchers[0], cancellationToken);
        }

        var dispatches = new Task[dispatchers.Count];
        for (var index = 0; index < dispatches.Length; index++)
        {
            dispatches[index] = Start(dispatchers[index], cancellationToken);
        }

        return Task.WhenAll(dispatches);
    }

    private static Task Start(IBatchDispatcher dispatcher, CancellationToken cancellationToken)
    {
        try
        {
            return dispatcher.DispatchAsync(cancellationToken);
        }
        catch (Exception exception)
        {
            // A dispatcher that throws synchronously must not stop the others from starting.
            return Task.FromException(exception);
        }
    }
}
