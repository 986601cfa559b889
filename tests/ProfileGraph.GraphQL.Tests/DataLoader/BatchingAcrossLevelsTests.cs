using ProfileGraph.GraphQL.DataLoader;

namespace ProfileGraph.GraphQL.Tests.DataLoader;

/// <summary>
/// The executor's contract: when a dispatch completes, every resolver it resumed has already queued its next key,
/// so a loop that dispatches whenever keys are pending fetches each level of a query in one batch per loader.
/// Each test runs on the thread pool, with no synchronization context, as resolvers do.
/// </summary>
public sealed class BatchingAcrossLevelsTests
{
    public static TheoryData<bool, bool> FetchAndCallerShapes => new()
    {
        { false, false },
        { true, false },
        { false, true },
        { true, true },
    };

    [Theory]
    [MemberData(nameof(FetchAndCallerShapes))]
    public Task Three_levels_of_a_hundred_parents_fetch_once_per_loader(bool fetchesYield, bool callersPassTokens) => Task.Run(async () =>
    {
        var scheduler = new ExecutorBatchScheduler();
        var (people, peopleLog) = Loader(scheduler, fetchesYield, key => key + 1_000);
        var (accounts, accountsLog) = Loader(scheduler, fetchesYield, key => key + 1_000);
        var (avatars, avatarsLog) = Loader(scheduler, fetchesYield, key => key + 1_000);
        using var callers = new CancellationTokenSource();
        var token = callersPassTokens ? callers.Token : CancellationToken.None;

        async Task<int> ResolveAvatar(int parent)
        {
            var person = await people.LoadAsync(parent, token);
            var account = await accounts.LoadAsync(person, token);
            return await avatars.LoadAsync(account, token);
        }

        var resolvers = Task.WhenAll(Enumerable.Range(0, 100).Select(ResolveAvatar));
        var rounds = await TestLoaders.DrainAsync(scheduler);

        Assert.True(resolvers.IsCompletedSuccessfully, "resolvers were left waiting for keys that no dispatch fetched");
        Assert.Equal(3, rounds);
        Assert.Equal(Enumerable.Range(0, 100), Assert.Single(peopleLog.Fetches).Order());
        Assert.Equal(Enumerable.Range(1_000, 100), Assert.Single(accountsLog.Fetches).Order());
        Assert.Equal(Enumerable.Range(2_000, 100), Assert.Single(avatarsLog.Fetches).Order());
        Assert.Equal(Enumerable.Range(3_000, 100), await resolvers);
    });

    [Fact]
    public Task Fields_at_different_depths_share_each_rounds_batch_per_loader() => Task.Run(async () =>
    {
        var scheduler = new ExecutorBatchScheduler();
        var (first, firstLog) = Loader(scheduler, fetchesYield: true, key => key);
        var (second, secondLog) = Loader(scheduler, fetchesYield: false, key => key);

        // Parents below 50 go straight to the second loader, the others through the first: both loaders dispatch in
        // round one (the second first, as it was scheduled first), and the second again in round two.
        async Task<int> Resolve(int parent) =>
            await second.LoadAsync(parent < 50 ? parent : await first.LoadAsync(parent));

        var resolvers = Task.WhenAll(Enumerable.Range(0, 100).Select(Resolve));
        var rounds = await TestLoaders.DrainAsync(scheduler);

        Assert.True(resolvers.IsCompletedSuccessfully);
        Assert.Equal(2, rounds);
        Assert.Equal(Enumerable.Range(50, 50), Assert.Single(firstLog.Fetches).Order());
        Assert.Equal(2, secondLog.Count);
        Assert.Equal(Enumerable.Range(0, 50), secondLog.Fetches[0].Order());
        Assert.Equal(Enumerable.Range(50, 50), secondLog.Fetches[1].Order());
        Assert.Equal(Enumerable.Range(0, 100), await resolvers);
    });

    [Fact]
    public Task A_level_loaded_as_a_list_is_one_batch_too() => Task.Run(async () =>
    {
        var scheduler = new ExecutorBatchScheduler();
        var (people, peopleLog) = Loader(scheduler, fetchesYield: true, key => key * 10);
        var (accounts, accountsLog) = Loader(scheduler, fetchesYield: true, key => key + 1);

        async Task<int> ResolveFriendsAccounts(int parent)
        {
            var friends = await people.LoadAsync([parent, parent + 1]);
            var friendAccounts = await accounts.LoadAsync(friends.ToArray());
            return friendAccounts.Sum();
        }

        var resolvers = Task.WhenAll(Enumerable.Range(0, 100).Select(ResolveFriendsAccounts));
        await TestLoaders.DrainAsync(scheduler);

        Assert.True(resolvers.IsCompletedSuccessfully);
        Assert.Equal(Enumerable.Range(0, 101), Assert.Single(peopleLog.Fetches).Order());
        Assert.Equal(Enumerable.Range(0, 101).Select(key => key * 10), Assert.Single(accountsLog.Fetches).Order());
        Assert.Equal(Enumerable.Range(0, 100).Select(parent => parent * 10 + 1 + (parent + 1) * 10 + 1), await resolvers);
    });

    private static (BatchDataLoader<int, int> Loader, FetchLog<int> Log) Loader(IBatchScheduler scheduler, bool fetchesYield, Func<int, int> value)
    {
        var log = new FetchLog<int>();
        var loader = new DelegateBatchDataLoader<int, int>(async (keys, _) =>
        {
            log.Record(keys);
            if (fetchesYield)
            {
                // Results then arrive on another pool thread, while the dispatch loop is awaiting.
                await Task.Yield();
            }

            return keys.ToDictionary(key => key, value);
        }, scheduler);
        return (loader, log);
    }
}
