using ProfileGraph.GraphQL.DataLoader;

namespace ProfileGraph.GraphQL.Tests.DataLoader;

/// <summary>
/// The auto scheduler dispatches on the thread pool whenever it gets there, so these tests check results and the
/// batches it guarantees, never how many batches individually loaded keys happened to form.
/// </summary>
public sealed class AutoBatchSchedulerTests
{
    [Fact]
    public async Task Keys_loaded_as_a_list_are_one_fetch_without_any_driver()
    {
        var log = new FetchLog<int>();
        var loader = TestLoaders.Strings(new AutoBatchScheduler(), log);

        var values = await loader.LoadAsync(Enumerable.Range(0, 100).ToArray()).OrTimeout();

        Assert.Equal(Enumerable.Range(0, 100).Select(key => $"v{key}"), values);
        Assert.Equal(Enumerable.Range(0, 100), Assert.Single(log.Fetches).Order());
    }

    [Fact]
    public async Task Keys_loaded_one_by_one_and_level_by_level_all_complete()
    {
        var scheduler = new AutoBatchScheduler();
        var log = new FetchLog<int>();
        var first = TestLoaders.Strings(scheduler, log);
        var second = TestLoaders.Strings(scheduler, new FetchLog<int>());

        async Task<string> Resolve(int key) => await second.LoadAsync((await first.LoadAsync(key)).Length);

        var values = await Task.WhenAll(Enumerable.Range(0, 100).Select(Resolve)).OrTimeout();

        Assert.Equal(Enumerable.Range(0, 100).Select(key => $"v{$"v{key}".Length}"), values);
        Assert.Equal(Enumerable.Range(0, 100), log.AllKeys());
    }

    [Fact]
    public async Task Keys_loaded_from_many_threads_at_once_are_each_fetched_exactly_once()
    {
        var log = new FetchLog<int>();
        var loader = TestLoaders.Strings(new AutoBatchScheduler(), log, new DataLoaderOptions { MaxBatchSize = 7 });
        var loads = new Task<string>[4_000];

        Parallel.For(0, loads.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, index => loads[index] = loader.LoadAsync(index % 200));
        var values = await Task.WhenAll(loads).OrTimeout();

        Assert.Equal(Enumerable.Range(0, loads.Length).Select(index => $"v{index % 200}"), values);
        Assert.Equal(Enumerable.Range(0, 200), log.AllKeys());
        Assert.All(log.Fetches, keys => Assert.InRange(keys.Length, 1, 7));
    }

    [Fact]
    public async Task Its_token_reaches_every_fetch()
    {
        using var job = new CancellationTokenSource();
        var loader = new DelegateBatchDataLoader<int, bool>((keys, cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<int, bool>>(keys.ToDictionary(key => key, _ => cancellationToken == job.Token)),
            new AutoBatchScheduler(job.Token));

        Assert.True(await loader.LoadAsync(1).OrTimeout());
    }
}
