using ProfileGraph.GraphQL.DataLoader;

namespace ProfileGraph.GraphQL.Tests.DataLoader;

public sealed class ExecutorBatchSchedulerTests
{
    [Fact]
    public async Task Nothing_is_fetched_until_the_executor_dispatches()
    {
        var scheduler = new ExecutorBatchScheduler();
        var log = new FetchLog<int>();
        var loader = TestLoaders.Strings(scheduler, log);
        Assert.False(scheduler.HasPending);
        Assert.True(scheduler.DispatchPendingAsync().IsCompletedSuccessfully);

        var value = loader.LoadAsync(1);

        Assert.True(scheduler.HasPending);
        Assert.False(value.IsCompleted);
        await scheduler.DispatchPendingAsync();
        Assert.False(scheduler.HasPending);
        Assert.Equal("v1", await value);
    }

    [Fact]
    public async Task Keys_loaded_during_a_dispatch_wait_for_the_next()
    {
        var scheduler = new ExecutorBatchScheduler();
        var log = new FetchLog<int>();
        Task<string>? loadedDuringFetch = null;
        DelegateBatchDataLoader<int, string>? loader = null;
        loader = new DelegateBatchDataLoader<int, string>((keys, cancellationToken) =>
        {
            log.Record(keys);
            loadedDuringFetch ??= loader!.LoadAsync(2, cancellationToken);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(key => key, key => $"v{key}"));
        }, scheduler);

        var first = loader.LoadAsync(1);
        await scheduler.DispatchPendingAsync();

        Assert.Equal("v1", await first);
        Assert.NotNull(loadedDuringFetch);
        Assert.False(loadedDuringFetch.IsCompleted);
        Assert.True(scheduler.HasPending);
        await scheduler.DispatchPendingAsync();
        Assert.Equal("v2", await loadedDuringFetch);
        Assert.Equal([[1], [2]], log.Fetches);
    }

    [Fact]
    public async Task Loaders_of_one_round_fetch_concurrently()
    {
        var scheduler = new ExecutorBatchScheduler();
        var bothStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = 0;

        DelegateBatchDataLoader<int, int> WaitingForTheOther() => new(async (keys, _) =>
        {
            if (Interlocked.Increment(ref started) == 2)
            {
                bothStarted.SetResult();
            }

            // Each fetch returns only once the other has started: fetches run one after the other would hang.
            await bothStarted.Task.OrTimeout();
            return keys.ToDictionary(key => key);
        }, scheduler);

        var first = WaitingForTheOther().LoadAsync(1);
        var second = WaitingForTheOther().LoadAsync(2);
        await scheduler.DispatchPendingAsync().OrTimeout();

        Assert.Equal(1, await first);
        Assert.Equal(2, await second);
    }

    [Fact]
    public async Task A_dispatcher_that_throws_does_not_stop_the_others()
    {
        var scheduler = new ExecutorBatchScheduler();
        var log = new FetchLog<int>();
        scheduler.Schedule(new ThrowingDispatcher());
        var value = TestLoaders.Strings(scheduler, log).LoadAsync(1);

        var dispatch = scheduler.DispatchPendingAsync();

        await Assert.ThrowsAsync<NotSupportedException>(() => dispatch);
        Assert.Equal("v1", await value);
    }

    private sealed class ThrowingDispatcher : IBatchDispatcher
    {
        public Task DispatchAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
