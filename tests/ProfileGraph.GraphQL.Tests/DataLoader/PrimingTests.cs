using ProfileGraph.GraphQL.DataLoader;

namespace ProfileGraph.GraphQL.Tests.DataLoader;

public sealed class PrimingTests
{
    [Fact]
    public async Task A_primed_key_is_not_fetched()
    {
        var scheduler = new ExecutorBatchScheduler();
        var log = new FetchLog<int>();
        var loader = TestLoaders.Strings(scheduler, log);

        loader.Set(1, "primed");
        var primed = loader.LoadAsync(1);
        var fetched = loader.LoadAsync(2);
        await scheduler.DispatchPendingAsync();

        Assert.True(primed.IsCompletedSuccessfully);
        Assert.Equal("primed", await primed);
        Assert.Equal("v2", await fetched);
        Assert.Equal([[2]], log.Fetches);
    }

    [Fact]
    public async Task Set_keeps_an_existing_entry_until_it_is_removed()
    {
        var scheduler = new ExecutorBatchScheduler();
        var log = new FetchLog<int>();
        var loader = TestLoaders.Strings(scheduler, log);

        loader.Set(1, "first");
        loader.Set(1, "second");
        Assert.Equal("first", await loader.LoadAsync(1));

        loader.Remove(1);
        loader.Set(1, "third");
        Assert.Equal("third", await loader.LoadAsync(1));
        Assert.Equal(0, log.Count);
    }

    [Fact]
    public async Task Removed_and_cleared_keys_are_fetched_again()
    {
        var scheduler = new ExecutorBatchScheduler();
        var log = new FetchLog<int>();
        var loader = TestLoaders.Strings(scheduler, log);
        _ = loader.LoadAsync([1, 2, 3]);
        await scheduler.DispatchPendingAsync();

        loader.Remove(1);
        _ = loader.LoadAsync([1, 2, 3]);
        await scheduler.DispatchPendingAsync();
        loader.Clear();
        var all = loader.LoadAsync([1, 2, 3]);
        await scheduler.DispatchPendingAsync();

        Assert.Equal(3, log.Count);
        Assert.Equal([1], log.Fetches[1]);
        Assert.Equal([1, 2, 3], log.Fetches[2].Order());
        Assert.Equal(["v1", "v2", "v3"], await all);
    }

    [Fact]
    public async Task A_key_removed_while_waiting_for_its_batch_rejoins_that_batch()
    {
        var scheduler = new ExecutorBatchScheduler();
        var log = new FetchLog<int>();
        var loader = TestLoaders.Strings(scheduler, log);

        var first = loader.LoadAsync(1);
        loader.Remove(1);
        var second = loader.LoadAsync(1);
        await scheduler.DispatchPendingAsync();

        Assert.Same(first, second);
        Assert.Equal([[1]], log.Fetches);
    }

    [Fact]
    public async Task Without_caching_Set_does_nothing()
    {
        var scheduler = new ExecutorBatchScheduler();
        var log = new FetchLog<int>();
        var loader = TestLoaders.Strings(scheduler, log, new DataLoaderOptions { Caching = false });

        loader.Set(1, "primed");
        var value = loader.LoadAsync(1);
        await scheduler.DispatchPendingAsync();

        Assert.Equal("v1", await value);
    }
}
