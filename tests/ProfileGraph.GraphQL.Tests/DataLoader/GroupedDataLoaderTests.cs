using ProfileGraph.GraphQL.DataLoader;

namespace ProfileGraph.GraphQL.Tests.DataLoader;

public sealed class GroupedDataLoaderTests
{
    private static readonly (string Person, string Account)[] Accounts =
        [("ada", "slack:ada"), ("ada", "telegram:ada"), ("bob", "whatsapp:bob")];

    [Fact]
    public async Task Each_key_gets_its_rows_from_one_fetch_and_a_key_without_rows_an_empty_list()
    {
        var scheduler = new ExecutorBatchScheduler();
        var log = new FetchLog<string>();
        var loader = new DelegateGroupedDataLoader<string, string>((people, _) =>
        {
            log.Record(people);
            return Task.FromResult(Accounts.Where(row => people.Contains(row.Person)).ToLookup(row => row.Person, row => row.Account));
        }, scheduler);

        var ada = loader.LoadAsync("ada");
        var nobody = loader.LoadAsync("carol");
        var both = loader.LoadAsync(["bob", "ada"]);
        await scheduler.DispatchPendingAsync();

        Assert.Equal(["slack:ada", "telegram:ada"], await ada);
        Assert.Empty(Assert.IsType<string[]>(await nobody));
        Assert.Equal([["whatsapp:bob"], ["slack:ada", "telegram:ada"]], await both);
        Assert.Equal(["ada", "bob", "carol"], Assert.Single(log.Fetches).Order());
    }
}
