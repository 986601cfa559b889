using ProfileGraph.GraphQL.DataLoader;

namespace ProfileGraph.GraphQL.Tests.DataLoader;

public sealed class DataLoaderScopeTests
{
    [Fact]
    public void A_loader_type_has_one_instance_per_scope_made_with_its_scheduler()
    {
        var scheduler = new ExecutorBatchScheduler();
        var scope = new DataLoaderScope(scheduler);
        IBatchScheduler? given = null;
        var created = 0;

        UserLoader Create(IBatchScheduler s)
        {
            given = s;
            created++;
            return new UserLoader(s);
        }

        var first = scope.GetOrAdd(Create);
        var second = scope.GetOrAdd(Create);
        var otherRequest = new DataLoaderScope(new ExecutorBatchScheduler()).GetOrAdd(s => new UserLoader(s));

        Assert.Same(first, second);
        Assert.NotSame(first, otherRequest);
        Assert.Same(scheduler, given);
        Assert.Equal(1, created);
    }

    [Fact]
    public void Keyed_loaders_are_one_instance_per_key()
    {
        var scope = new DataLoaderScope(new ExecutorBatchScheduler());
        var log = new FetchLog<int>();

        var users = scope.GetOrAdd("users", s => TestLoaders.Strings(s, log));
        var sameUsers = scope.GetOrAdd("users", s => TestLoaders.Strings(s, log));
        var teams = scope.GetOrAdd("teams", s => TestLoaders.Strings(s, log));
        var byType = scope.GetOrAdd(s => TestLoaders.Strings(s, log));

        Assert.Same(users, sameUsers);
        Assert.NotSame(users, teams);
        Assert.NotSame(users, byType);
    }

    [Fact]
    public void A_key_asked_for_as_another_type_is_an_error()
    {
        var scope = new DataLoaderScope(new ExecutorBatchScheduler());
        scope.GetOrAdd("users", s => new UserLoader(s));

        var error = Assert.Throws<InvalidOperationException>(() => scope.GetOrAdd("users", s => TestLoaders.Strings(s, new FetchLog<int>())));

        Assert.Equal("The data loader 'users' is a UserLoader, not a DelegateBatchDataLoader`2.", error.Message);
    }

    private sealed class UserLoader(IBatchScheduler scheduler) : BatchDataLoader<string, string?>(scheduler)
    {
        protected override Task<IReadOnlyDictionary<string, string?>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>());
    }
}
