using ProfileGraph.GraphQL.Binding;
using ProfileGraph.GraphQL.Types;
using static ProfileGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace ProfileGraph.GraphQL.Tests.Execution;

/// <summary>The spec's execution examples (§6) and the basics every executor has: aliases, fragments, directives, order.</summary>
public sealed class SpecExampleTests
{
    private const string Sdl = """
        type Query { user(id: ID!): User, users: [User!]!, hello(name: String = "world"): String! }
        type User { id: ID!, name: String!, profilePic(size: Int = 50): String, friends(first: Int): [User!]! }
        """;

    public sealed record User(string Id, string Name);

    public static class QueryResolvers
    {
        public static User? User(string id) => People.FirstOrDefault(p => p.Id == id);

        public static IEnumerable<User> Users() => People;

        public static string Hello(string name) => $"Hello, {name}!";
    }

    public static class UserResolvers
    {
        public static string ProfilePic([Parent] User user, int size) => $"https://cdn.example/{user.Id}/{size}.jpg";

        public static async Task<IEnumerable<User>> FriendsAsync([Parent] User user, int? first)
        {
            await Task.Yield();
            return People.Where(p => p.Id != user.Id).Take(first ?? int.MaxValue);
        }
    }

    private static readonly User[] People = [new("4", "Mark Zuckerberg"), new("5", "Priscilla"), new("6", "Chris")];

    private static GraphQLSchema Schema() => new SchemaBuilder().AddDocument(Sdl)
        .AddResolvers(typeof(QueryResolvers)).AddResolvers(typeof(UserResolvers)).Build();

    [Fact]
    public async Task Executes_the_specs_field_selection_example_with_arguments_and_aliases()
    {
        var response = await RunAsync(Schema(), """
            { user(id: 4) { id name smallPic: profilePic(size: 64) bigPic: profilePic(size: 1024) } }
            """);
        Assert.Equal(Json("""
            {'data':{'user':{'id':'4','name':'Mark Zuckerberg','smallPic':'https://cdn.example/4/64.jpg','bigPic':'https://cdn.example/4/1024.jpg'}}}
            """), response);
    }

    [Fact]
    public async Task Uses_argument_defaults_and_keeps_selection_order_with_fragments_merged()
    {
        var response = await RunAsync(Schema(), """
            query { hello user(id: "5") { ...F name ... on User { id } } }
            fragment F on User { name profilePic __typename }
            """);
        Assert.Equal(Json("""
            {'data':{'hello':'Hello, world!','user':{'name':'Priscilla','profilePic':'https://cdn.example/5/50.jpg','__typename':'User','id':'5'}}}
            """), response);
    }

    [Fact]
    public async Task Skip_and_include_read_literals_and_variables()
    {
        var query = """
            query ($withFriends: Boolean!, $skipName: Boolean = false) {
              user(id: 4) { name @skip(if: $skipName) friends(first: 1) @include(if: $withFriends) { id } id @include(if: false) }
            }
            """;
        Assert.Equal(Json("{'data':{'user':{'name':'Mark Zuckerberg','friends':[{'id':'5'}]}}}"), await RunAsync(Schema(), query, new { withFriends = true }));
        Assert.Equal(Json("{'data':{'user':{}}}"), await RunAsync(Schema(), query, new { withFriends = false, skipName = true }));
    }

    [Fact]
    public async Task Completes_lists_of_objects_from_asynchronous_resolvers()
    {
        var response = await RunAsync(Schema(), "{ users { id friends { name } } }");
        Assert.Equal(Json("""
            {'data':{'users':[
              {'id':'4','friends':[{'name':'Priscilla'},{'name':'Chris'}]},
              {'id':'5','friends':[{'name':'Mark Zuckerberg'},{'name':'Chris'}]},
              {'id':'6','friends':[{'name':'Mark Zuckerberg'},{'name':'Priscilla'}]}]}}
            """), response);
    }

    [Fact]
    public async Task Selects_the_named_operation_and_reports_unknown_or_ambiguous_ones()
    {
        const string document = "query A { hello } query B { users { id } }";
        Assert.Equal(Json("{'data':{'hello':'Hello, world!'}}"), await RunAsync(Schema(), document, operationName: "A"));
        Assert.Equal(
            Json("{'errors':[{'message':'Must provide operation name if query contains multiple operations.','extensions':{'code':'OPERATION_RESOLUTION_FAILURE'}}]}"),
            await RunAsync(Schema(), document));
        Assert.Equal(
            Json("{'errors':[{'message':'Unknown operation named \\\"C\\\".','extensions':{'code':'OPERATION_RESOLUTION_FAILURE'}}]}"),
            await RunAsync(Schema(), document, operationName: "C"));
    }

    [Fact]
    public async Task Syntax_and_validation_errors_end_the_request_without_data()
    {
        Assert.Equal(
            Json("{'errors':[{'message':'Syntax Error: Expected Name, found <EOF>.','locations':[{'line':1,'column':8}],'extensions':{'code':'GRAPHQL_PARSE_FAILED'}}]}"),
            await RunAsync(Schema(), "{ user("));
        Assert.Equal(
            Json("{'errors':[{'message':'Cannot query field \\\"nope\\\" on type \\\"Query\\\".','locations':[{'line':1,'column':3}],'extensions':{'code':'GRAPHQL_VALIDATION_FAILED'}}]}"),
            await RunAsync(Schema(), "{ nope }"));
    }

    [Fact]
    public async Task Mutation_root_fields_run_one_after_another()
    {
        var log = new List<string>();
        var schema = new SchemaBuilder().AddDocument("type Query { a: Int } type Mutation { first: Int second: Int }")
            .AddResolver("Query", "a", () => 1)
            .AddResolver("Mutation", "first", async () =>
            {
                log.Add("first started");
                await Task.Delay(20);
                log.Add("first ended");
                return 1;
            })
            .AddResolver("Mutation", "second", () =>
            {
                log.Add("second started");
                return 2;
            })
            .Build();
        Assert.Equal(Json("{'data':{'first':1,'second':2}}"), await RunAsync(schema, "mutation { first second }"));
        Assert.Equal(["first started", "first ended", "second started"], log);
    }

    [Fact]
    public async Task Query_root_fields_start_before_earlier_ones_finish()
    {
        var firstCanFinish = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = new SchemaBuilder().AddDocument("type Query { first: Int second: Int }")
            .AddResolver("Query", "first", () => firstCanFinish.Task)
            .AddResolver("Query", "second", () =>
            {
                // Runs only if the executor did not wait for "first": it releases it.
                firstCanFinish.SetResult(1);
                return 2;
            })
            .Build();
        Assert.Equal(Json("{'data':{'first':1,'second':2}}"), await RunAsync(schema, "{ first second }"));
    }
}
