using System.Collections.Concurrent;
using ProfileGraph.GraphQL.DataLoader;

namespace ProfileGraph.GraphQL.Tests.DataLoader;

public sealed class CacheDataLoaderTests
{
    [Fact]
    public async Task Each_key_is_fetched_alone_and_once_per_request()
    {
        var scheduler = new ExecutorBatchScheduler();
        var fetched = new ConcurrentQueue<int>();
        var loader = new DelegateCacheDataLoader<int, string>((key, _) =>
        {
            fetched.Enqueue(key);
            return Task.FromResult($"v{key}");
        }, scheduler, new DataLoaderOptions { MaxBatchSize = 100 });

        Task<string>[] loads = [loader.LoadAsync(1), loader.LoadAsync(2), loader.LoadAsync(1), loader.LoadAsync(3)];
        await TestLoaders.DrainAsync(scheduler);
        var again = loader.LoadAsync(2);

        Assert.Equal(["v1", "v2", "v1", "v3"], await Task.WhenAll(loads));
        Assert.Same(loads[1], again);
        Assert.Equal([1, 2, 3], fetched.Order());
    }

    [Fact]
    public async Task A_key_whose_fetch_throws_fails_alone()
    {
        var scheduler = new ExecutorBatchScheduler();
        var loader = new DelegateCacheDataLoader<int, string>((key, _) =>
            key == 2 ? throw new InvalidOperationException("no 2") : Task.FromResult($"v{key}"), scheduler);

        var loads = Enumerable.Range(1, 3).Select(loader.LoadAsync).ToArray();
        await scheduler.DispatchPendingAsync();

        Assert.Equal("v1", await loads[0]);
        Assert.Equal("v3", await loads[2]);
        Assert.Equal("no 2", (await Assert.ThrowsAsync<InvalidOperationException>(() => loads[1])).Message);
    }
}
