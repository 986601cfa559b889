using System.Collections.Concurrent;
using ProfileGraph.GraphQL.Binding;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Tests.Execution;

/// <summary>Resolvers add to the response's <c>extensions</c> (spec §7.1): one shared entry per key, written after data.</summary>
public sealed class ResultExtensionsTests
{
    private static readonly GraphQLSchema Schema = new SchemaBuilder()
        .AddDocument("type Query { items(count: Int!): [Item!]! plain: Int } type Item { id: Int! }")
        .AddResolvers(typeof(QueryResolvers), "Query")
        .AddResolvers(typeof(ItemResolvers), "Item")
        .Build();

    [Fact]
    public async Task Entries_added_by_concurrent_resolvers_are_written_once_after_data()
    {
        var json = await ExecutionTestKit.RunAsync(Schema, "{ items(count: 3) { id } }");

        Assert.Equal(ExecutionTestKit.Json("{'data':{'items':[{'id':0},{'id':1},{'id':2}]},'extensions':{'seen':[0,1,2]}}"), json);
    }

    [Fact]
    public async Task A_response_without_entries_has_no_extensions()
    {
        var json = await ExecutionTestKit.RunAsync(Schema, "{ plain }");

        Assert.Equal(ExecutionTestKit.Json("{'data':{'plain':1}}"), json);
    }

    public sealed record Item(int Index);

    /// <summary>A thread-safe entry that writes as a sorted list.</summary>
    public sealed class Seen : IEnumerable<int>
    {
        private readonly ConcurrentBag<int> _items = [];

        public void Add(int item) => _items.Add(item);

        public IEnumerator<int> GetEnumerator() => _items.Order().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    public static class QueryResolvers
    {
        public static IEnumerable<Item> Items(int count) => Enumerable.Range(0, count).Select(i => new Item(i));

        public static int Plain() => 1;
    }

    public static class ItemResolvers
    {
        public static async Task<int> Id(IResolverContext context, [Parent] Item item)
        {
            // Completes on a pool thread, so entries are added concurrently.
            await Task.Yield();
            context.GetOrAddResultExtension("seen", () => new Seen()).Add(item.Index);
            return item.Index;
        }
    }
}
