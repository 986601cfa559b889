using ProfileGraph.GraphQL.DataLoader;

namespace ProfileGraph.GraphQL.Tests.DataLoader;

internal static class TestLoaders
{
    /// <summary>A loader of <c>"v{key}"</c> whose fetch completes synchronously and is logged.</summary>
    public static DelegateBatchDataLoader<int, string> Strings(IBatchScheduler scheduler, FetchLog<int> log, DataLoaderOptions? options = null) =>
        new((keys, _) =>
        {
            log.Record(keys);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(key => key, key => $"v{key}"));
        }, scheduler, options);

    /// <summary>Dispatches as the executor does, whenever keys are pending, until none are; returns the number of rounds.</summary>
    public static async Task<int> DrainAsync(ExecutorBatchScheduler scheduler, CancellationToken cancellationToken = default)
    {
        var rounds = 0;
        while (scheduler.HasPending)
        {
            rounds++;
            await scheduler.DispatchPendingAsync(cancellationToken);
        }

        return rounds;
    }

    /// <summary>Turns a hang (a dispatch that never comes) into a failure; never used to wait for progress.</summary>
    public static Task<T> OrTimeout<T>(this Task<T> task) => task.WaitAsync(TimeSpan.FromSeconds(30));

    /// <inheritdoc cref="OrTimeout{T}(Task{T})"/>
    public static Task OrTimeout(this Task task) => task.WaitAsync(TimeSpan.FromSeconds(30));
}
