using ProfileGraph.GraphQL.DataLoader;

namespace ProfileGraph.GraphQL.Tests.DataLoader;

public sealed class BatchDataLoaderTests
{
    [Fact]
    public async Task A_hundred_concurrent_keys_are_one_fetch()
    {
        var scheduler = new ExecutorBatchScheduler();
        var log = new FetchLog<int>();
        var loader = TestLoaders.Strings(scheduler, log);

        var loads = Enumerable.Range(0, 100).Select(loader.LoadAsync).ToArray();
        Assert.Equal(0, log.Count);
        await scheduler.DispatchPendingAsync();

        var fetch = Assert.Single(log.Fetches);
        Assert.Equal(Enumerable.Range(0, 100), fetch.Order());
        Assert.Equal(Enumerable.Range(0, 100).Select(key => $"v{key}"), await Task.WhenAll(loads));
    }

    [Fact]
    public async Task A_key_is_fetched_once_per_request_however_often_it_is_loaded()
    {
        var scheduler = new ExecutorBatchScheduler();
        var log = new FetchLog<int>();
        var loader = TestLoaders.Strings(scheduler, log);

        var first = loader.LoadAsync(7);
        var second = loader.LoadAsync(7);
        var list = loader.LoadAsync([7, 8, 7]);
        await TestLoaders.DrainAsync(scheduler);
        var later = loader.LoadAsync(7);

        Assert.Same(first, second);
        Assert.Same(first, later);
        Assert.False(scheduler.HasPending);
        Assert.Equal([7, 8], Assert.Single(log.Fetches).Order());
        Assert.Equal(["v7", "v8", "v7"], await list);
    }

    [Fact]
    public async Task Keys_are_compared_with_the_given_comparer()
    {
        var scheduler = new ExecutorBatchScheduler();
        var log = new FetchLog<string>();
        var loader = new DelegateBatchDataLoader<string, string>((keys, _) =>
        {
            log.Record(keys);
            return Task.FromResult<IReadOnlyDictionary<string, string>>(
                keys.ToDictionary(key => key, key => key.ToUpperInvariant(), StringComparer.OrdinalIgnoreCase));
        }, scheduler, keyComparer: StringComparer.OrdinalIgnoreCase);

        var lower = loader.LoadAsync("ada");
        var upper = loader.LoadAsync("ADA");
        await scheduler.DispatchPendingAsync();

        Assert.Same(lower, upper);
        Assert.Equal("ADA", await upper);
        Assert.Single(Assert.Single(log.Fetches));
    }

    [Fact]
    public async Task Without_caching_keys_are_shared_within_a_batch_but_fetched_again_by_the_next()
    {
        var scheduler = new ExecutorBatchScheduler();
        var log = new FetchLog<int>();
        var loader = TestLoaders.Strings(scheduler, log, new DataLoaderOptions { Caching = false });

        var first = loader.LoadAsync(1);
        var second = loader.LoadAsync(1);
        await scheduler.DispatchPendingAsync();
        var third = loader.LoadAsync(1);
        await scheduler.DispatchPendingAsync();

        Assert.Same(first, second);
        Assert.NotSame(first, third);
        Assert.Equal([[1], [1]], log.Fetches);
        Assert.Equal("v1", await third);
    }

    [Fact]
    public async Task Batches_larger_than_MaxBatchSize_are_split_into_concurrent_fetches()
    {
        var scheduler = new ExecutorBatchScheduler();
        var log = new FetchLog<int>();
        var allStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = 0;
        var loader = new DelegateBatchDataLoader<int, int>(async (keys, _) =>
        {
            log.Record(keys);
            if (Interlocked.Increment(ref started) == 3)
            {
                allStarted.SetResult();
            }

            // Returns only once all three fetches have started: split fetches that ran one after another would hang here.
            await allStarted.Task.OrTimeout();
            return keys.ToDictionary(key => key, key => -key);
        }, scheduler, new DataLoaderOptions { MaxBatchSize = 1000 });

        var values = loader.LoadAsync(Enumerable.Range(0, 2500).ToArray());
        await scheduler.DispatchPendingAsync().OrTimeout();

        Assert.Equal([500, 1000, 1000], log.Fetches.Select(keys => keys.Length).Order());
        Assert.Equal(Enumerable.Range(0, 2500), log.AllKeys());
        Assert.Equal(Enumerable.Range(0, 2500).Select(key => -key), await values);
    }

    [Fact]
    public async Task A_missing_key_of_a_nullable_value_is_null()
    {
        var scheduler = new ExecutorBatchScheduler();
        var loader = new DelegateBatchDataLoader<int, string?>((keys, _) =>
            Task.FromResult<IReadOnlyDictionary<int, string?>>(keys.Where(key => key != 2).ToDictionary(key => key, key => (string?)$"v{key}")), scheduler);

        var values = loader.LoadAsync([1, 2, 3]);
        await scheduler.DispatchPendingAsync();

        Assert.Equal(["v1", null, "v3"], await values);
    }

    [Fact]
    public async Task A_missing_key_of_a_non_nullable_value_type_fails_only_that_key()
    {
        var scheduler = new ExecutorBatchScheduler();
        var loader = new DelegateBatchDataLoader<int, int>((keys, _) =>
            Task.FromResult<IReadOnlyDictionary<int, int>>(keys.Where(key => key != 2).ToDictionary(key => key, key => key * 10)), scheduler);

        var one = loader.LoadAsync(1);
        var two = loader.LoadAsync(2);
        var three = loader.LoadAsync(3);
        await scheduler.DispatchPendingAsync();

        Assert.Equal(10, await one);
        Assert.Equal(30, await three);
        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => two);
        Assert.Equal("The data loader 'DelegateBatchDataLoader' found no value for the key '2'.", error.Message);
    }

    [Fact]
    public async Task A_key_failed_by_the_fetch_fails_only_its_callers_and_stays_failed_for_the_request()
    {
        var scheduler = new ExecutorBatchScheduler();
        var loader = new PartlyFailingLoader(scheduler, failingKey: 2);

        var loads = Enumerable.Range(1, 3).Select(loader.LoadAsync).ToArray();
        await scheduler.DispatchPendingAsync();
        var again = loader.LoadAsync(2);

        Assert.Equal(1, await loads[0]);
        Assert.Equal(3, await loads[2]);
        Assert.Equal("no 2", (await Assert.ThrowsAsync<InvalidOperationException>(() => loads[1])).Message);
        Assert.Same(loads[1], again);
        Assert.False(scheduler.HasPending);
        Assert.Equal(1, loader.Fetches);
    }

    [Fact]
    public async Task A_fetch_that_throws_fails_its_own_batch_only_and_is_not_cached()
    {
        var scheduler = new ExecutorBatchScheduler();
        var log = new FetchLog<int>();
        var failure = new InvalidOperationException("provider down");
        var failed = 0;
        var loader = new DelegateBatchDataLoader<int, string>((keys, _) =>
        {
            log.Record(keys);
            return keys.Contains(3) && Interlocked.Exchange(ref failed, 1) == 0
                ? throw failure
                : Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(key => key, key => $"v{key}"));
        }, scheduler, new DataLoaderOptions { MaxBatchSize = 2 });
        var other = TestLoaders.Strings(scheduler, new FetchLog<int>());

        var values = Enumerable.Range(1, 4).ToDictionary(key => key, loader.LoadAsync);
        var unrelated = other.LoadAsync(3);
        var dispatch = scheduler.DispatchPendingAsync();
        await dispatch;

        Assert.True(dispatch.IsCompletedSuccessfully);
        var failedBatch = Assert.Single(log.Fetches, keys => keys.Contains(3));
        Assert.Equal(2, failedBatch.Length);
        foreach (var (key, value) in values)
        {
            if (failedBatch.Contains(key))
            {
                Assert.Same(failure, await Assert.ThrowsAsync<InvalidOperationException>(() => value));
            }
            else
            {
                Assert.Equal($"v{key}", await value);
            }
        }

        Assert.Equal("v3", await unrelated);

        var retried = loader.LoadAsync(3);
        Assert.True(scheduler.HasPending);
        await scheduler.DispatchPendingAsync();
        Assert.Equal("v3", await retried);
        Assert.Equal([3], log.Fetches[^1]);
    }

    [Fact]
    public async Task A_fetch_that_returns_no_dictionary_fails_its_keys_clearly()
    {
        var scheduler = new ExecutorBatchScheduler();
        var loader = new DelegateBatchDataLoader<int, string>((_, _) => Task.FromResult<IReadOnlyDictionary<int, string>>(null!), scheduler,
            new DataLoaderOptions { Name = "users" });

        var value = loader.LoadAsync(1);
        await scheduler.DispatchPendingAsync();

        Assert.Equal("The data loader 'users' returned no dictionary.", (await Assert.ThrowsAsync<InvalidOperationException>(() => value)).Message);
    }

    [Fact]
    public void MaxBatchSize_must_be_positive()
    {
        var scheduler = new ExecutorBatchScheduler();

        Assert.Throws<ArgumentOutOfRangeException>(() => TestLoaders.Strings(scheduler, new FetchLog<int>(), new DataLoaderOptions { MaxBatchSize = 0 }));
    }

    /// <summary>Fails one key through <see cref="BatchResults{TValue}.SetError"/>, as a provider's per-item error would.</summary>
    private sealed class PartlyFailingLoader(IBatchScheduler scheduler, int failingKey) : DataLoaderBase<int, int>(scheduler, null, null)
    {
        public int Fetches { get; private set; }

        protected override Task FetchAsync(IReadOnlyList<int> keys, BatchResults<int> results, CancellationToken cancellationToken)
        {
            Fetches++;
            for (var index = 0; index < keys.Count; index++)
            {
                if (keys[index] == failingKey)
                {
                    results.SetError(index, new InvalidOperationException($"no {failingKey}"));
                }
                else
                {
                    results.SetValue(index, keys[index]);
                }
            }

            return Task.CompletedTask;
        }
    }
}
