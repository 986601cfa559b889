using System.Text.Json;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Execution.Incremental;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Tests.Execution.Incremental;

/// <summary>
/// <c>@defer</c> and <c>@stream</c> (the incremental delivery RFC), checked against graphql-js 17's defer and stream
/// tests: the initial result with <c>pending</c>, then <c>incremental</c>/<c>completed</c> payloads until
/// <c>hasNext</c> is false; <c>if: false</c> and a caller that reads no incremental results get one whole result.
/// </summary>
public sealed class IncrementalDeliveryTests
{
    private const string Sdl = """
        type Query { hero: Hero, scalarList: [String], nonNullList: [String!], slowField: String, fastField: String }
        type Hero { id: ID, name: String, nonNullName: String!, friends: [Friend], slowName: String }
        type Friend { id: ID, name: String, nonNullName: String! }
        """;

    private static readonly GraphQLSchema Schema = new SchemaBuilder()
        .AddDocument(Sdl)
        .EnableIncrementalDelivery()
        .BindRuntimeType<Root>("Query")
        .BindRuntimeType<Hero>("Hero")
        .BindRuntimeType<Companion>("Friend")
        .AddResolver("Hero", "slowName", async () =>
        {
            await Task.Delay(150);
            return "Slow Luke";
        })
        .AddResolver("Query", "slowField", async () =>
        {
            await Task.Delay(150);
            return "slow";
        })
        .AddResolver("Query", "fastField", async () =>
        {
            await Task.Yield();
            return "fast";
        })
        .Build();

    private static readonly Root RootValue = new(
        new Hero("1", "Luke", [new Companion("2", "Han"), new Companion("3", "Leia"), new Companion("4", "C-3PO")]),
        ["apple", "banana", "coconut"],
        ["apple", null, "coconut"]);

    [Fact]
    public async Task Can_defer_fragments_containing_scalar_types()
    {
        var results = await RunAsync("""
            query HeroNameQuery { hero { id ...NameFragment @defer } }
            fragment NameFragment on Hero { name }
            """);

        Assert.Equal(
            [
                Json("{'data':{'hero':{'id':'1'}},'pending':[{'id':'0','path':['hero']}],'hasNext':true}"),
                Json("{'incremental':[{'data':{'name':'Luke'},'id':'0'}],'completed':[{'id':'0'}],'hasNext':false}"),
            ],
            results);
    }

    [Fact]
    public async Task Can_disable_defer_using_if_argument()
    {
        var results = await RunAsync("""
            query HeroNameQuery($defer: Boolean!) { hero { id ...NameFragment @defer(if: $defer) } }
            fragment NameFragment on Hero { name }
            """, new { defer = false });

        Assert.Equal([Json("{'data':{'hero':{'id':'1','name':'Luke'}}}")], results);
    }

    [Fact]
    public async Task A_caller_that_reads_no_incremental_results_gets_one_whole_result()
    {
        var results = await RunAsync("{ hero { id ... @defer { name } friends @stream(initialCount: 1) { name } } }", incremental: false);

        Assert.Equal([Json("{'data':{'hero':{'id':'1','name':'Luke','friends':[{'name':'Han'},{'name':'Leia'},{'name':'C-3PO'}]}}}")], results);
    }

    [Fact]
    public async Task Can_defer_a_fragment_on_the_top_level_query_field()
    {
        var results = await RunAsync("""
            query HeroNameQuery { ...QueryFragment @defer(label: "DeferQuery") }
            fragment QueryFragment on Query { hero { id } }
            """);

        Assert.Equal(
            [
                Json("{'data':{},'pending':[{'id':'0','path':[],'label':'DeferQuery'}],'hasNext':true}"),
                Json("{'incremental':[{'data':{'hero':{'id':'1'}},'id':'0'}],'completed':[{'id':'0'}],'hasNext':false}"),
            ],
            results);
    }

    [Fact]
    public async Task Can_defer_a_fragment_within_an_already_deferred_fragment()
    {
        var results = await RunAsync("""
            query HeroNameQuery { ...TopFragment @defer(label: "DeferTop") }
            fragment TopFragment on Query { hero { id ...NestedFragment @defer(label: "DeferNested") } }
            fragment NestedFragment on Hero { friends { name } }
            """);

        Assert.Equal(
            [
                Json("{'data':{},'pending':[{'id':'0','path':[],'label':'DeferTop'}],'hasNext':true}"),
                Json("{'pending':[{'id':'1','path':['hero'],'label':'DeferNested'}],'incremental':[{'data':{'hero':{'id':'1'}},'id':'0'}],'completed':[{'id':'0'}],'hasNext':true}"),
                Json("{'incremental':[{'data':{'friends':[{'name':'Han'},{'name':'Leia'},{'name':'C-3PO'}]},'id':'1'}],'completed':[{'id':'1'}],'hasNext':false}"),
            ],
            results);
    }

    [Fact]
    public async Task Fields_the_initial_result_delivers_are_not_sent_again()
    {
        var results = await RunAsync("{ hero { id name ... @defer { id name friends { id } } } }");

        Assert.Equal(
            [
                Json("{'data':{'hero':{'id':'1','name':'Luke'}},'pending':[{'id':'0','path':['hero']}],'hasNext':true}"),
                Json("{'incremental':[{'data':{'friends':[{'id':'2'},{'id':'3'},{'id':'4'}]},'id':'0'}],'completed':[{'id':'0'}],'hasNext':false}"),
            ],
            results);
    }

    [Fact]
    public async Task Errors_in_a_deferred_fragment_arrive_with_it()
    {
        var results = await RunAsync("{ hero { id ... @defer { friends { name nonNullName } } } }");

        Assert.Equal(2, results.Count);
        using var payload = JsonDocument.Parse(results[1]);
        var entry = payload.RootElement.GetProperty("incremental")[0];
        Assert.Equal(Json("{'friends':[null,null,null]}"), JsonSerializer.Serialize(entry.GetProperty("data")));
        Assert.Equal(3, entry.GetProperty("errors").GetArrayLength());
        Assert.Equal("[\"hero\",\"friends\",0,\"nonNullName\"]", entry.GetProperty("errors")[0].GetProperty("path").GetRawText());
        Assert.False(payload.RootElement.GetProperty("hasNext").GetBoolean());
    }

    [Fact]
    public async Task A_null_reaching_a_deferred_fragment_fails_it_alone()
    {
        var results = await RunAsync("{ hero { id ... @defer { nonNullName } } }");

        Assert.Equal(Json("{'data':{'hero':{'id':'1'}},'pending':[{'id':'0','path':['hero']}],'hasNext':true}"), results[0]);
        Assert.Equal(
            Json("{'completed':[{'id':'0','errors':[{'message':'Cannot return null for non-nullable field Hero.nonNullName.','locations':[{'line':1,'column':26}],'path':['hero','nonNullName'],'extensions':{'code':'NON_NULL_VIOLATION'}}]}],'hasNext':false}"),
            results[1]);
    }

    [Fact]
    public async Task A_slow_deferred_fragment_does_not_hold_back_a_fast_one()
    {
        var results = await RunAsync("{ ... @defer(label: \"slow\") { slowField } ... @defer(label: \"fast\") { fastField } }");

        Assert.Equal(
            [
                Json("{'data':{},'pending':[{'id':'0','path':[],'label':'slow'},{'id':'1','path':[],'label':'fast'}],'hasNext':true}"),
                Json("{'incremental':[{'data':{'fastField':'fast'},'id':'1'}],'completed':[{'id':'1'}],'hasNext':true}"),
                Json("{'incremental':[{'data':{'slowField':'slow'},'id':'0'}],'completed':[{'id':'0'}],'hasNext':false}"),
            ],
            results);
    }

    [Fact]
    public async Task Can_stream_a_list_field()
    {
        var results = await RunAsync("{ scalarList @stream(initialCount: 1) }");

        Assert.Equal(
            [
                Json("{'data':{'scalarList':['apple']},'pending':[{'id':'0','path':['scalarList']}],'hasNext':true}"),
                Json("{'incremental':[{'items':['banana','coconut'],'id':'0'}],'completed':[{'id':'0'}],'hasNext':false}"),
            ],
            results);
    }

    [Fact]
    public async Task Can_use_default_value_of_initial_count_and_disable_stream()
    {
        Assert.Equal(Json("{'data':{'scalarList':[]},'pending':[{'id':'0','path':['scalarList']}],'hasNext':true}"), (await RunAsync("{ scalarList @stream }"))[0]);
        Assert.Equal([Json("{'data':{'scalarList':['apple','banana','coconut']}}")], await RunAsync("{ scalarList @stream(if: false, initialCount: 1) }"));
        Assert.Equal([Json("{'data':{'scalarList':['apple','banana','coconut']}}")], await RunAsync("{ scalarList @stream(initialCount: 5) }"));
    }

    [Fact]
    public async Task A_null_streamed_item_of_a_non_null_type_ends_the_stream_with_its_error()
    {
        var results = await RunAsync("{ nonNullList @stream(initialCount: 1) }");

        Assert.Equal(Json("{'data':{'nonNullList':['apple']},'pending':[{'id':'0','path':['nonNullList']}],'hasNext':true}"), results[0]);
        using var payload = JsonDocument.Parse(results[1]);
        var completed = payload.RootElement.GetProperty("completed")[0];
        Assert.Equal("0", completed.GetProperty("id").GetString());
        Assert.Equal("[\"nonNullList\",1]", completed.GetProperty("errors")[0].GetProperty("path").GetRawText());
        Assert.False(payload.RootElement.TryGetProperty("incremental", out _));
    }

    [Fact]
    public async Task Streamed_objects_can_hold_deferred_fragments()
    {
        var results = await RunAsync("{ hero { friends @stream(initialCount: 2) { id ... @defer { name } } } }");

        using var first = JsonDocument.Parse(results[0]);
        Assert.Equal(Json("{'hero':{'friends':[{'id':'2'},{'id':'3'}]}}"), JsonSerializer.Serialize(first.RootElement.GetProperty("data")));
        Assert.Equal(3, first.RootElement.GetProperty("pending").GetArrayLength());
        var all = string.Join("\n", results);
        Assert.Contains("{\"items\":[{\"id\":\"4\"}],\"id\":\"2\"}", all, StringComparison.Ordinal);
        Assert.Contains("\"path\":[\"hero\",\"friends\",2]", all, StringComparison.Ordinal);
        Assert.Contains("{\"data\":{\"name\":\"C-3PO\"}", all, StringComparison.Ordinal);
        Assert.EndsWith("\"hasNext\":false}", results[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apollo_clients_draft_addresses_data_and_items_by_path()
    {
        var results = await RunAsync("{ hero { id ... @defer(label: \"name\") { name } } scalarList @stream(initialCount: 2) }", format: IncrementalFormat.Draft20220824);

        Assert.Equal(
            [
                Json("{'data':{'hero':{'id':'1'},'scalarList':['apple','banana']},'hasNext':true}"),
                Json("{'incremental':[{'data':{'name':'Luke'},'path':['hero'],'label':'name'},{'items':['coconut'],'path':['scalarList',2]}],'hasNext':false}"),
            ],
            results);
    }

    private static async Task<List<string>> RunAsync(string query, object? variables = null, bool incremental = true, IncrementalFormat format = IncrementalFormat.Current)
    {
        var executor = new RequestExecutor(Schema);
        var result = await executor.ExecuteAsync(new ExecutionRequest
        {
            Query = query,
            RootValue = RootValue,
            AllowIncrementalDelivery = incremental,
            Variables = variables is null ? null : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(JsonSerializer.Serialize(variables))!
                .ToDictionary(p => p.Key, p => (object?)p.Value),
        });
        var results = new List<string> { ToJson(output => result.WriteTo(output, format: format)) };
        if (result.Subsequent is { } subsequent)
        {
            await foreach (var payload in subsequent)
            {
                results.Add(payload.ToJson(format));
            }
        }

        return results;
    }

    private static string ToJson(Action<System.Buffers.ArrayBufferWriter<byte>> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        write(buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Json(string text) => ExecutionTestKit.Json(text);

    public sealed record Root(Hero Hero, IReadOnlyList<string> ScalarList, IReadOnlyList<string?> NonNullList);

    // NonNullName is null on purpose: the schema says String!.
    public sealed record Hero(string Id, string Name, IReadOnlyList<Companion> Friends, string? NonNullName = null);

    public sealed record Companion(string Id, string Name, string? NonNullName = null);
}
