using ProfileGraph.GraphQL.DataLoader;

namespace ProfileGraph.GraphQL.Tests.DataLoader;

public sealed class CancellationTests
{
    [Fact]
    public async Task Cancelling_the_dispatch_cancels_the_fetch_and_its_keys()
    {
        var scheduler = new ExecutorBatchScheduler();
        var fetching = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        var loader = new DelegateBatchDataLoader<int, string>(async (keys, cancellationToken) =>
        {
            fetching.SetResult(cancellationToken);
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }, scheduler);
        using var request = new CancellationTokenSource();

        var value = loader.LoadAsync(1);
        var dispatch = scheduler.DispatchPendingAsync(request.Token);
        var fetchToken = await fetching.Task.OrTimeout();
        Assert.False(fetchToken.IsCancellationRequested);
        await request.CancelAsync();
        await dispatch.OrTimeout();

        Assert.True(fetchToken.IsCancellationRequested);
        Assert.True(dispatch.IsCompletedSuccessfully);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => value);
        Assert.True(value.IsCanceled);
    }

    [Fact]
    public async Task A_callers_token_abandons_only_its_own_wait()
    {
        var scheduler = new ExecutorBatchScheduler();
        var release = new TaskCompletionSource();
        CancellationToken fetchToken = default;
        var loader = new DelegateBatchDataLoader<int, string>(async (keys, cancellationToken) =>
        {
            fetchToken = cancellationToken;
            await release.Task;
            return keys.ToDictionary(key => key, key => $"v{key}");
        }, scheduler);
        using var caller = new CancellationTokenSource();
        using var request = new CancellationTokenSource();

        var abandoned = loader.LoadAsync(1, caller.Token);
        var kept = loader.LoadAsync(1);
        var dispatch = scheduler.DispatchPendingAsync(request.Token);
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned.OrTimeout());
        Assert.False(kept.IsCompleted);
        release.SetResult();
        await dispatch.OrTimeout();
        Assert.Equal("v1", await kept);
        Assert.True(fetchToken.CanBeCanceled);
        Assert.False(fetchToken.IsCancellationRequested);
    }

    [Fact]
    public async Task A_load_with_a_cancelled_token_queues_nothing()
    {
        var scheduler = new ExecutorBatchScheduler();
        var log = new FetchLog<int>();
        var loader = TestLoaders.Strings(scheduler, log);

        var single = loader.LoadAsync(1, new CancellationToken(canceled: true));
        var list = loader.LoadAsync([2, 3], new CancellationToken(canceled: true));

        Assert.True(single.IsCanceled);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => list);
        Assert.False(scheduler.HasPending);
    }

    [Fact]
    public async Task A_dispatch_cancelled_before_it_starts_fetches_nothing_and_caches_nothing()
    {
        var scheduler = new ExecutorBatchScheduler();
        var log = new FetchLog<int>();
        var loader = TestLoaders.Strings(scheduler, log);

        var cancelled = loader.LoadAsync(1);
        await scheduler.DispatchPendingAsync(new CancellationToken(canceled: true));
        var retried = loader.LoadAsync(1);
        await scheduler.DispatchPendingAsync();

        Assert.True(cancelled.IsCanceled);
        Assert.Equal("v1", await retried);
        Assert.Equal([[1]], log.Fetches);
    }
}
