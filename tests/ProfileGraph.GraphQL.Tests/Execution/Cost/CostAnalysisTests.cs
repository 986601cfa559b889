using System.Text.Json;
using ProfileGraph.GraphQL.Binding;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Execution.Cost;
using ProfileGraph.GraphQL.Execution.Results;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Tests.Execution.Cost;

/// <summary>
/// Static cost analysis by the IBM GraphQL Cost Directives: the spec's examples, slicing arguments (numbers, lists,
/// variables), sized fields, fragments and abstract types, and each limit refused with its code before execution.
/// </summary>
public sealed class CostAnalysisTests
{
    [Fact]
    public async Task Spec_example_2_costs_11_for_five_users_with_their_age()
    {
        const string sdl = """
            type User { name: String age: Int @cost(weight: "2.0") }
            type Query { users(max: Int): [User] @listSize(slicingArguments: ["max"]) }
            """;

        var cost = await CostOfAsync(sdl, "query Example { users (max: 5) { age } }");

        Assert.Equal(new OperationCost(11, 6), cost);
    }

    [Theory]
    [InlineData("{ topProducts }", 5)]
    [InlineData("{ topProducts(filter: { category: \"books\" }) }", 20)]
    [InlineData("{ topProducts(filter: { approx: YES }) }", 8)]
    [InlineData("{ topProducts(filter: { approx: YES, category: \"books\" }) }", 8)]
    public async Task Spec_examples_10_and_12_weigh_arguments_and_input_fields(string query, double fieldCost)
    {
        const string sdl = """
            enum Approximate { YES }
            input Filter { category: String approx: Approximate @cost(weight: "-12.0") }
            type Query { topProducts(filter: Filter @cost(weight: "15.0")): [String] @cost(weight: "5.0") @listSize(assumedSize: 10) }
            """;

        var cost = await CostOfAsync(sdl, query);

        Assert.Equal(fieldCost, cost.FieldCost);
        Assert.Equal(1, cost.TypeCost);
    }

    [Theory]
    [InlineData("{ mostPopularProduct { name } }", 5)]
    [InlineData("{ mostPopularProduct(approx: YES) { name } }", 2)]
    [InlineData("{ mostPopularProduct(approx: YES, cheap: YES) { name } }", 0)]
    public async Task Spec_example_11_lets_negative_weights_lower_a_field_but_never_below_zero(string query, double fieldCost)
    {
        const string sdl = """
            enum Approximate { YES }
            type Product { name: String }
            type Query { mostPopularProduct(approx: Approximate @cost(weight: "-3.0"), cheap: Approximate @cost(weight: "-10")): Product @cost(weight: "5.0") }
            """;

        Assert.Equal(fieldCost, (await CostOfAsync(sdl, query)).FieldCost);
    }

    [Fact]
    public async Task Spec_example_16_assumes_the_assumed_size()
    {
        const string sdl = """
            type Product { name: String @cost(weight: "1.0") }
            type Query { topProducts: [Product] @listSize(assumedSize: 10) }
            """;

        Assert.Equal(new OperationCost(11, 11), await CostOfAsync(sdl, "{ topProducts { name } }"));
    }

    [Fact]
    public async Task Spec_example_17_reads_a_slicing_argument_from_each_requests_variables()
    {
        const string sdl = """
            type User { age: Int @cost(weight: "2.0") }
            type Query { users(max: Int!): [User] @listSize(slicingArguments: ["max"]) }
            """;
        var executor = Executor(sdl);
        const string query = "query($max: Int!) { users(max: $max) { age } }";

        Assert.Equal(new OperationCost(7, 4), await CostOfAsync(executor, query, new { max = 3 }));
        Assert.Equal(new OperationCost(101, 51), await CostOfAsync(executor, query, new { max = 50 }));
    }

    [Fact]
    public async Task Spec_example_18_sizes_a_connections_edges_by_its_slicing_argument()
    {
        const string sdl = """
            type Film { title: String @cost(weight: "2.0") }
            type FilmEdge { cursor: ID node: Film }
            type PageInfo { hasNextPage: Boolean }
            type FilmConnection { edges: [FilmEdge] pageInfo: PageInfo }
            type Query {
              films(first: Int, after: ID, last: Int, before: ID): FilmConnection @listSize(slicingArguments: ["first", "last"], sizedFields: ["edges"])
            }
            """;

        // films 1, edges 1, then per edge (3): node 1 and title 2; pageInfo 1. Objects: Query, the connection, 3 edges, 3 films, the page info.
        Assert.Equal(new OperationCost(12, 9), await CostOfAsync(sdl, "{ films(first: 3) { edges { cursor node { title } } pageInfo { hasNextPage } } }"));
    }

    [Theory]
    [InlineData("{ films { edges { cursor } } }")]
    [InlineData("{ films(first: 2, last: 3) { edges { cursor } } }")]
    public async Task Exactly_one_slicing_argument_is_required_by_default(string query)
    {
        const string sdl = """
            type FilmEdge { cursor: ID }
            type FilmConnection { edges: [FilmEdge] }
            type Query { films(first: Int, last: Int): FilmConnection @listSize(slicingArguments: ["first", "last"], sizedFields: ["edges"]) }
            """;

        var error = await RefusalOfAsync(Executor(sdl), query);

        Assert.Equal(ErrorCodes.SlicingArgumentRequired, error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_list_argument_sizes_its_list_from_a_literal_or_a_variable_and_is_bounded()
    {
        const string sdl = """
            type User { name: String }
            type Query { users(ids: [ID!]!): [User]! @listSize(slicingArguments: ["ids"], requireOneSlicingArgument: false) }
            """;
        var executor = Executor(sdl);
        const string query = "query($ids: [ID!]!) { users(ids: $ids) { name } }";

        Assert.Equal(new OperationCost(1, 4), await CostOfAsync(executor, "{ users(ids: [\"a\", \"b\", \"c\"]) { name } }"));
        Assert.Equal(new OperationCost(1, 101), await CostOfAsync(executor, query, new { ids = Enumerable.Range(0, 100).Select(i => $"u{i}") }));
        var error = await RefusalOfAsync(executor, query, new { ids = Enumerable.Range(0, 20_000).Select(i => $"u{i}") });

        Assert.Equal(ErrorCodes.ListSizeLimitExceeded, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("Query.users(ids:)", error.GetProperty("extensions").GetProperty("argument").GetString());
        Assert.Equal(20_000, error.GetProperty("extensions").GetProperty("size").GetInt32());
        Assert.Equal(100, error.GetProperty("extensions").GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task A_list_field_without_list_size_is_sized_by_its_one_list_argument()
    {
        const string sdl = "type Thing { id: ID } type Query { things(keys: [String!]!): [Thing] }";

        Assert.Equal(new OperationCost(1, 5), await CostOfAsync(sdl, "{ things(keys: [\"a\", \"b\", \"c\", \"d\"]) { id } }"));
        Assert.Equal(new OperationCost(2, 2), await CostOfAsync(sdl, "{ none: things(keys: []) { id } one: things(keys: \"a\") { id } }"));
    }

    [Fact]
    public async Task Fragments_cost_what_the_fields_they_spread_cost()
    {
        const string sdl = """
            type User { age: Int @cost(weight: "2.0") friends: [User] @listSize(assumedSize: 4) }
            type Query { users(max: Int): [User] @listSize(slicingArguments: ["max"]) }
            """;
        var executor = Executor(sdl);
        var inline = await CostOfAsync(executor, "{ users(max: 5) { age friends { age } } }");

        Assert.Equal(new OperationCost(1 + 10 + 5 + 40, 1 + 5 + 20), inline);
        Assert.Equal(inline, await CostOfAsync(executor, "{ users(max: 5) { ...F } } fragment F on User { age friends { ...G } } fragment G on User { age }"));
        Assert.Equal(inline, await CostOfAsync(executor, "{ users(max: 5) { ... on User { age } friends { ... { age } } } }"));
        Assert.Equal(inline, await CostOfAsync(executor, "{ users(max: 5) { age ...F } } fragment F on User { age friends { age } }"));
    }

    [Fact]
    public async Task An_abstract_field_costs_what_its_dearest_possible_type_costs()
    {
        const string sdl = """
            type Article { title: String @cost(weight: "5.0") }
            type Video { length: Int @cost(weight: "1.0") }
            type Podcast @cost(weight: "3.0") { host: String }
            union SearchResult = Article | Video | Podcast
            type Query { search: [SearchResult] @listSize(assumedSize: 2) }
            """;

        var cost = await CostOfAsync(sdl, "{ search { ... on Article { title } ... on Video { length } ... on Podcast { host } } }");

        Assert.Equal(new OperationCost(1 + (2 * 5), 1 + (2 * 3)), cost);
    }

    [Fact]
    public async Task An_asynchronous_resolver_weighs_ten_unless_it_says_otherwise()
    {
        var schema = new SchemaBuilder().AddDocument(CostDirectives.Sdl)
            .AddDocument("type Query { fetched: String slow: String @cost(weight: \"3\") plain: String }")
            .AddResolver("Query", "fetched", async () => { await Task.Yield(); return "x"; })
            .AddResolver("Query", "slow", async () => { await Task.Yield(); return "y"; })
            .AddResolver("Query", "plain", () => "z")
            .Build();

        Assert.Equal(new OperationCost(13, 1), await CostOfAsync(new RequestExecutor(schema), "{ fetched slow plain }"));
    }

    [Fact]
    public async Task An_operation_over_the_cost_limit_is_refused_before_any_resolver_runs()
    {
        var calls = 0;
        var schema = new SchemaBuilder().AddDocument(CostDirectives.Sdl)
            .AddDocument("type Query { user(id: ID!): String }")
            .AddResolver("Query", "user", async (string id) => { Interlocked.Increment(ref calls); await Task.Yield(); return id; })
            .Build();
        var executor = new RequestExecutor(schema);
        var aliases = string.Join(' ', Enumerable.Range(0, 101).Select(i => $"u{i}: user(id: \"{i}\")"));

        var result = await executor.ExecuteAsync($"{{ {aliases} }}");

        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.CostLimitExceeded, error.Code);
        Assert.Equal(1010.0, error.Extensions!["fieldCost"]);
        Assert.Equal(1000.0, error.Extensions["maxFieldCost"]);
        Assert.Equal(0, calls);
        Assert.True((await executor.ExecuteAsync("{ a: user(id: \"1\") b: user(id: \"2\") }")).HasData);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task Too_many_fields_or_too_deep_a_selection_is_refused()
    {
        const string sdl = "type Node { name: String child: Node } type Query { root: Node }";
        var executor = new RequestExecutor(new SchemaBuilder().AddDocument(CostDirectives.Sdl).AddDocument(sdl).Build(), new ExecutionOptions { Cost = { MaxFieldCost = 1e9, MaxTypeCost = 1e9 } });
        var wide = "{ root { " + string.Join(' ', Enumerable.Range(0, 600).Select(i => $"n{i}: name")) + " } }";
        var deep = "{ root { " + string.Concat(Enumerable.Repeat("child { ", 25)) + "name" + new string('}', 26) + " }";

        Assert.Equal(ErrorCodes.FieldLimitExceeded, (await RefusalOfAsync(executor, wide)).GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(ErrorCodes.DepthLimitExceeded, (await RefusalOfAsync(executor, deep)).GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Introspection_may_not_nest_its_lists_and_the_full_introspection_query_passes()
    {
        var executor = Executor("type Query { name: String }");
        var nested = "{ __schema { types { fields { type { fields { name } } } } } }";
        var introspection = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Documents", "introspection.graphql"));

        Assert.Equal(ErrorCodes.IntrospectionDepthExceeded, (await RefusalOfAsync(executor, nested)).GetProperty("extensions").GetProperty("code").GetString());
        Assert.True((await executor.ExecuteAsync(introspection)).HasData);
        var aliased = "{ " + string.Join(' ', Enumerable.Range(0, 50).Select(i => $"s{i}: __schema {{ types {{ name kind fields {{ name args {{ name }} type {{ name kind ofType {{ name kind }} }} }} }} }}")) + " }";
        Assert.Equal(ErrorCodes.FieldLimitExceeded, (await RefusalOfAsync(executor, aliased)).GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_request_that_asks_hears_its_cost_beside_its_data_or_instead_of_it()
    {
        var schema = new SchemaBuilder().AddDocument(CostDirectives.Sdl)
            .AddDocument("type User { age: Int @cost(weight: \"2.0\") } type Query { users(max: Int): [User] @listSize(slicingArguments: [\"max\"]) }")
            .AddResolver("Query", "users", (int max) => Enumerable.Range(0, max).Select(i => new Dictionary<string, object?> { ["age"] = i }).ToList())
            .Build();
        var executor = new RequestExecutor(schema);
        const string query = "{ users(max: 2) { age } }";

        var reported = await executor.ExecuteAsync(new ExecutionRequest { Query = query, CostReporting = CostReporting.Report });
        var validated = await executor.ExecuteAsync(new ExecutionRequest { Query = query, CostReporting = CostReporting.Validate });
        var silent = await executor.ExecuteAsync(new ExecutionRequest { Query = query });

        Assert.Equal("""{"data":{"users":[{"age":0},{"age":1}]},"extensions":{"cost":{"fieldCost":5,"typeCost":3}}}""", reported.ToJson());
        Assert.Equal("""{"extensions":{"cost":{"fieldCost":5,"typeCost":3}}}""", validated.ToJson());
        Assert.False(silent.Extensions.ContainsKey("cost"));
    }

    [Fact]
    public async Task Analysis_switched_off_enforces_nothing()
    {
        var executor = new RequestExecutor(
            new SchemaBuilder().AddDocument("type Query { name: String }").Build(),
            new ExecutionOptions { Cost = { Enabled = false } });
        var wide = "{ " + string.Join(' ', Enumerable.Range(0, 600).Select(i => $"n{i}: name")) + " }";

        Assert.True((await executor.ExecuteAsync(wide)).HasData);
    }

    private static RequestExecutor Executor(string sdl) => new(new SchemaBuilder().AddDocument(CostDirectives.Sdl).AddDocument(sdl).Build());

    private static Task<OperationCost> CostOfAsync(string sdl, string query) => CostOfAsync(Executor(sdl), query);

    private static async Task<OperationCost> CostOfAsync(RequestExecutor executor, string query, object? variables = null)
    {
        var result = await executor.ExecuteAsync(new ExecutionRequest { Query = query, Variables = Variables(variables), CostReporting = CostReporting.Validate });
        Assert.Empty(result.Errors);
        var cost = (IReadOnlyDictionary<string, object?>)result.Extensions["cost"]!;
        return new OperationCost((double)cost["fieldCost"]!, (double)cost["typeCost"]!);
    }

    /// <summary>The one request error of a refused operation, as JSON.</summary>
    private static async Task<JsonElement> RefusalOfAsync(RequestExecutor executor, string query, object? variables = null)
    {
        var result = await executor.ExecuteAsync(new ExecutionRequest { Query = query, Variables = Variables(variables) });
        Assert.False(result.HasData);
        return JsonDocument.Parse(result.ToJson()).RootElement.GetProperty("errors").EnumerateArray().Single().Clone();
    }

    private static Dictionary<string, object?>? Variables(object? variables) => variables is null
        ? null
        : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(JsonSerializer.Serialize(variables))!.ToDictionary(p => p.Key, p => (object?)p.Value);
}
