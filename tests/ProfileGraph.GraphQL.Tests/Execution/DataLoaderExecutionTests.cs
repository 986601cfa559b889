using System.Collections.Concurrent;
using ProfileGraph.GraphQL.Binding;
using ProfileGraph.GraphQL.DataLoader;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Tests.Execution;

/// <summary>
/// The executor drives the DataLoaders: keys gather while resolvers run and a batch goes out only when nothing can
/// progress without data, so in-flight siblings at every depth share one fetch per loader.
/// </summary>
public sealed class DataLoaderExecutionTests
{
    private const string Sdl = """
        type Query { parents(count: Int!): [Parent!]! }
        type Parent { id: Int!, children: [Child!]! }
        type Child { id: Int!, owner: Person }
        type Person { id: Int!, name: String!, photo: Photo }
        type Photo { url: String! }
        """;

    public sealed record Parent(int Id);

    public sealed record Child(int Id, int ParentId, int OwnerId);

    public sealed record Person(int Id, string Name);

    public sealed record Photo(string Url);

    /// <summary>Every fetch each loader made, with its keys.</summary>
    public sealed class FetchLog
    {
        public ConcurrentQueue<(string Loader, int[] Keys)> Fetches { get; } = new();

        public bool Asynchronous { get; init; }

        public int[] KeysOf(string loader) => [.. Fetches.Where(f => f.Loader == loader).SelectMany(f => f.Keys)];

        public int CountOf(string loader) => Fetches.Count(f => f.Loader == loader);

        public async Task Record(string loader, IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            Fetches.Enqueue((loader, [.. keys]));
            if (Asynchronous)
            {
                // Completes on a pool thread, as a real provider call would.
                await Task.Delay(2, cancellationToken);
            }
        }
    }

    public sealed class ChildrenByParent(IBatchScheduler scheduler, FetchLog log) : GroupedDataLoader<int, Child>(scheduler)
    {
        protected override async Task<ILookup<int, Child>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            await log.Record(nameof(ChildrenByParent), keys, cancellationToken);
            return keys.SelectMany(p => Enumerable.Range(0, 3).Select(i => new Child((p * 10) + i, p, ((p * 10) + i) % 37))).ToLookup(c => c.ParentId);
        }
    }

    public sealed class PersonById(IBatchScheduler scheduler, FetchLog log) : BatchDataLoader<int, Person?>(scheduler, new DataLoaderOptions { MaxBatchSize = 1000 })
    {
        protected override async Task<IReadOnlyDictionary<int, Person?>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            await log.Record(nameof(PersonById), keys, cancellationToken);
            if (keys.Contains(12))
            {
                // One failing key must fail only the fields that asked for it.
                return keys.Where(k => k != 12).ToDictionary(k => k, k => (Person?)new Person(k, $"person {k}"));
            }

            return keys.ToDictionary(k => k, k => (Person?)new Person(k, $"person {k}"));
        }
    }

    public sealed class PhotoByPerson(IBatchScheduler scheduler, FetchLog log) : BatchDataLoader<int, Photo?>(scheduler, new DataLoaderOptions { MaxBatchSize = 10 })
    {
        protected override async Task<IReadOnlyDictionary<int, Photo?>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            await log.Record(nameof(PhotoByPerson), keys, cancellationToken);
            return keys.ToDictionary(k => k, k => (Photo?)new Photo($"https://cdn/{k}.jpg"));
        }
    }

    public static class QueryResolvers
    {
        public static IEnumerable<Parent> Parents(int count) => Enumerable.Range(1, count).Select(i => new Parent(i));
    }

    public static class ParentResolvers
    {
        public static Task<IReadOnlyList<Child>> Children([Parent] Parent parent, ChildrenByParent loader, CancellationToken cancellationToken) =>
            loader.LoadAsync(parent.Id, cancellationToken);
    }

    public static class ChildResolvers
    {
        public static async Task<Person?> Owner([Parent] Child child, PersonById people, CancellationToken cancellationToken)
        {
            var person = await people.LoadAsync(child.OwnerId, cancellationToken);
            return person ?? throw new GraphQLException($"Person {child.OwnerId} is gone.", "NOT_FOUND");
        }
    }

    public static class PersonResolvers
    {
        public static Task<Photo?> Photo([Parent] Person person, PhotoByPerson photos) => photos.LoadAsync(person.Id);
    }

    private sealed class Services(FetchLog log) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(FetchLog) ? log : null;
    }

    private static GraphQLSchema Schema() => new SchemaBuilder().AddDocument(Sdl)
        .AddResolvers(typeof(QueryResolvers)).AddResolvers(typeof(ParentResolvers))
        .AddResolvers(typeof(ChildResolvers)).AddResolvers(typeof(PersonResolvers))
        .Build();

    private static async Task<(string Json, FetchLog Log)> Run(string query, bool asynchronous)
    {
        var log = new FetchLog { Asynchronous = asynchronous };
        // These shapes are wide on purpose: cost limits are the cost tests' subject, not these.
        var executor = new RequestExecutor(Schema(), new ExecutionOptions { Cost = { Enabled = false } });
        var result = await executor.ExecuteAsync(new ExecutionRequest { Query = query, Services = new Services(log) });
        return (result.ToJson(), log);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_hundred_parents_three_levels_deep_make_one_fetch_per_loader_per_level(bool asynchronous)
    {
        var (json, log) = await Run("{ parents(count: 100) { id children { id owner { name } } } }", asynchronous);
        Assert.Equal(1, log.CountOf(nameof(ChildrenByParent)));
        Assert.Equal(1, log.CountOf(nameof(PersonById)));
        Assert.Equal(100, log.KeysOf(nameof(ChildrenByParent)).Length);

        // 300 children share 37 owners: each owner is fetched once.
        Assert.Equal(Enumerable.Range(0, 37).ToArray(), log.KeysOf(nameof(PersonById)).Order().ToArray());
        Assert.Contains("{\"id\":1,\"children\":[{\"id\":10,\"owner\":{\"name\":\"person 10\"}},{\"id\":11,\"owner\":{\"name\":\"person 11\"}},{\"id\":12,\"owner\":null}]}", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Sibling_fields_at_the_same_depth_in_different_subtrees_share_a_batch(bool asynchronous)
    {
        var (_, log) = await Run("{ a: parents(count: 3) { children { owner { id } } } b: parents(count: 2) { children { owner { photo { url } } } } }", asynchronous);
        Assert.Equal(1, log.CountOf(nameof(ChildrenByParent)));
        Assert.Equal(1, log.CountOf(nameof(PersonById)));
        Assert.Equal([1, 2, 3], log.KeysOf(nameof(ChildrenByParent)).Order().ToArray());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task MaxBatchSize_splits_a_level_into_several_fetches(bool asynchronous)
    {
        var (_, log) = await Run("{ parents(count: 100) { children { owner { photo { url } } } } }", asynchronous);

        // 36 owners resolve (12 fails): photos for 36 people at 10 per batch are 4 fetches, all in one round.
        Assert.Equal(4, log.CountOf(nameof(PhotoByPerson)));
        Assert.Equal(36, log.KeysOf(nameof(PhotoByPerson)).Distinct().Count());
    }

    [Fact]
    public async Task One_failing_key_fails_only_its_fields()
    {
        var (json, _) = await Run("{ parents(count: 2) { children { owner { name } } } }", asynchronous: false);

        // Child 12's owner is person 12, whose fetch result is missing: that field alone is null, with an error.
        Assert.StartsWith("{\"errors\":[{\"message\":\"Person 12 is gone.\",\"locations\":[{\"line\":1,\"column\":34}],\"path\":[\"parents\",0,\"children\",2,\"owner\"],\"extensions\":{\"code\":\"NOT_FOUND\"}}]", json, StringComparison.Ordinal);
        Assert.Contains("{\"children\":[{\"owner\":{\"name\":\"person 10\"}},{\"owner\":{\"name\":\"person 11\"}},{\"owner\":null}]}", json, StringComparison.Ordinal);
        Assert.Contains("{\"children\":[{\"owner\":{\"name\":\"person 20\"}},{\"owner\":{\"name\":\"person 21\"}},{\"owner\":{\"name\":\"person 22\"}}]}", json, StringComparison.Ordinal);
    }
}
