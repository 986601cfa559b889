using ProfileGraph.GraphQL.Binding;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;
using static ProfileGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace ProfileGraph.GraphQL.Tests.Execution;

/// <summary>Spec §6.4.3 value completion: leaves, lists, abstract types, and the errors each can raise.</summary>
public sealed class CompletionTests
{
    private const string Sdl = """
        type Query { search: [Result!]!, node(kind: String!): Node, count: Int, status: Status, statuses: [Status], tags: [String] }
        union Result = Photo | Product
        interface Node { id: ID! }
        type Photo implements Node { id: ID!, url: String! }
        type Product implements Node { id: ID!, title: String! }
        type Contact implements Node { id: ID!, phone: String }
        enum Status { ACTIVE, IN_PROGRESS, DEACTIVATED }
        """;

    public sealed record Photo(string Id, string Url);

    public sealed record ProductRecord(string Id, string Title);

    public enum Status
    {
        Active,
        InProgress,
        [GraphQLName("DEACTIVATED")]
        Gone,
    }

    private static GraphQLSchema Schema(Func<IResolverContext, object?> count) => new SchemaBuilder().AddDocument(Sdl)
        .AddResolver("Query", "search", () => new object[]
        {
            new Photo("p1", "https://cdn/p1.jpg"),                                            // by CLR type name
            new ProductRecord("x1", "Mug"),                                                   // by bound CLR type
            new Dictionary<string, object?> { ["__typename"] = "Photo", ["id"] = "p2", ["url"] = "u" }, // by __typename
        })
        .AddResolver("Query", "node", (string kind) => kind switch
        {
            "contact" => (object)new Dictionary<string, object?> { ["id"] = "c1", ["phone"] = "+1" },
            "unknown" => 42,
            _ => new Photo("p1", "u"),
        })
        .AddResolver("Query", "count", (FieldResolver)(context => new ValueTask<object?>(count(context))))
        .AddResolver("Query", "status", () => Status.InProgress)
        .AddResolver("Query", "statuses", () => new[] { Status.Active, Status.Gone })
        .AddResolver("Query", "tags", (FieldResolver)(_ => new ValueTask<object?>("not a list")))
        .BindRuntimeType<ProductRecord>("Product")
        .AddIsTypeOf("Contact", value => value is IDictionary<string, object?> map && map.ContainsKey("phone"))
        .Build();

    [Fact]
    public async Task Resolves_abstract_types_from_typename_bound_clr_types_class_names_and_is_type_of()
    {
        var schema = Schema(_ => 1);
        Assert.Equal(
            Json("""
                {'data':{'search':[{'__typename':'Photo','url':'https://cdn/p1.jpg'},{'__typename':'Product','title':'Mug'},{'__typename':'Photo','url':'u'}],
                 'contact':{'__typename':'Contact','id':'c1'}}}
                """),
            await RunAsync(schema, """
                { search { __typename ... on Photo { url } ... on Product { title } } contact: node(kind: "contact") { __typename id } }
                """));
    }

    [Fact]
    public async Task A_value_no_object_type_claims_is_a_field_error()
    {
        var response = await RunAsync(Schema(_ => 1), "{ node(kind: \"unknown\") { id } }");
        Assert.StartsWith("{\"errors\":[{\"message\":\"Abstract type \\\"Node\\\" must resolve to an Object type at runtime for field \\\"Query.node\\\".", response, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"ABSTRACT_TYPE_RESOLUTION_FAILED\"", response, StringComparison.Ordinal);
        Assert.EndsWith("\"data\":{\"node\":null}}", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serializes_clr_enums_by_graphql_name_constant_case_or_declared_name()
    {
        Assert.Equal(Json("{'data':{'status':'IN_PROGRESS','statuses':['ACTIVE','DEACTIVATED']}}"), await RunAsync(Schema(_ => 1), "{ status statuses }"));
    }

    [Theory]
    [InlineData(2.5, "Int cannot represent non-integer value: 2.5")]
    [InlineData(3_000_000_000L, "Int cannot represent non 32-bit signed integer value: 3000000000")]
    public async Task A_value_the_scalar_cannot_serialize_is_a_field_error(object value, string message)
    {
        Assert.Equal(
            Json($"{{'errors':[{{'message':'{message}','locations':[{{'line':1,'column':3}}],'path':['count'],'extensions':{{'code':'RESULT_COERCION_FAILED'}}}}],'data':{{'count':null}}}}"),
            await RunAsync(Schema(_ => value), "{ count }"));
    }

    [Fact]
    public async Task A_non_list_for_a_list_field_is_a_field_error()
    {
        Assert.Equal(
            Json("{'errors':[{'message':'Expected Iterable, but did not find one for field \\\"Query.tags\\\".','locations':[{'line':1,'column':3}],'path':['tags'],'extensions':{'code':'RESULT_COERCION_FAILED'}}],'data':{'tags':null}}"),
            await RunAsync(Schema(_ => 1), "{ tags }"));
    }

    [Fact]
    public async Task Unexpected_exceptions_are_masked_unless_details_are_enabled()
    {
        var schema = Schema(_ => throw new InvalidOperationException("connection string Password=hunter2 failed"));
        var masked = await RunAsync(schema, "{ count }");
        Assert.Equal(
            Json("{'errors':[{'message':'Unexpected Execution Error','locations':[{'line':1,'column':3}],'path':['count'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'count':null}}"),
            masked);
        Assert.DoesNotContain("hunter2", masked, StringComparison.Ordinal);
        var detailed = await RunAsync(schema, "{ count }", options: new ExecutionOptions { IncludeExceptionDetails = true });
        Assert.Contains("connection string Password=hunter2 failed", detailed, StringComparison.Ordinal);
        Assert.Contains("System.InvalidOperationException", detailed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphQLExceptions_keep_their_message_code_and_extensions()
    {
        var schema = Schema(_ => throw new GraphQLException("Slack is down", "PROVIDER_UNAVAILABLE", new Dictionary<string, object?> { ["provider"] = "slack", ["retryAfter"] = 30 }));
        Assert.Equal(
            Json("{'errors':[{'message':'Slack is down','locations':[{'line':1,'column':3}],'path':['count'],'extensions':{'code':'PROVIDER_UNAVAILABLE','provider':'slack','retryAfter':30}}],'data':{'count':null}}"),
            await RunAsync(schema, "{ count }"));
    }

    [Fact]
    public async Task Json_parents_are_read_by_property_and_json_arrays_complete_as_lists()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { profile: Profile } type Profile { name: String, tags: [String!]!, photos: [Photo] } type Photo { url: String }")
            .AddResolver("Query", "profile", () => System.Text.Json.JsonDocument.Parse("""{"name":"Ada","tags":["a","b"],"photos":[{"url":"u1"},null]}""").RootElement)
            .Build();
        Assert.Equal(
            Json("{'data':{'profile':{'name':'Ada','tags':['a','b'],'photos':[{'url':'u1'},null]}}}"),
            await RunAsync(schema, "{ profile { name tags photos { url } } }"));
    }

    [Fact]
    public async Task A_lazy_sequence_that_reads_its_context_completes_every_item_with_its_own_parent()
    {
        // The executor reuses a resolver context once its resolver returned; a lazy list must be read before that.
        var schema = new SchemaBuilder().AddDocument("type Query { people: [Person!]! } type Person { name: String!, resolvedBy: String!, greeting: String! }")
            .AddResolver("Query", "people", (FieldResolver)(context => new ValueTask<object?>(Names(context))))
            .AddResolver("Person", "greeting", (FieldResolver)(context => new ValueTask<object?>("Hello, " + ((Dictionary<string, object?>)context.Parent!)["name"])))
            .Build();

        Assert.Equal(
            Json("{'data':{'people':[{'name':'Ada','greeting':'Hello, Ada','resolvedBy':'people'},{'name':'Grace','greeting':'Hello, Grace','resolvedBy':'people'}]}}"),
            await RunAsync(schema, "{ people { name greeting resolvedBy } }"));

        static IEnumerable<object?> Names(IResolverContext context)
        {
            foreach (var name in new[] { "Ada", "Grace" })
            {
                yield return new Dictionary<string, object?> { ["name"] = name, ["resolvedBy"] = context.Field.Name };
            }
        }
    }

    [Fact]
    public async Task Strings_are_escaped_only_where_json_requires()
    {
        // Like JSON.stringify, except that characters outside the BMP are written as escaped surrogate pairs.
        var schema = new SchemaBuilder().AddDocument("type Query { text: String }")
            .AddResolver("Query", "text", () => "José <b>&</b> 'quoted' \"double\" back\\slash tab\t 🎉")
            .Build();

        Assert.Equal(
            "{\"data\":{\"text\":\"José <b>&</b> 'quoted' \\\"double\\\" back\\\\slash tab\\t \\uD83C\\uDF89\"}}",
            await RunAsync(schema, "{ text }"));
    }

    public enum Messenger
    {
        WhatsApp,
        Telegram,
    }

    [Fact]
    public async Task A_clr_enum_member_maps_to_the_value_of_the_same_name_ignoring_case_in_both_directions()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { echo(messenger: Messenger!): Messenger! } enum Messenger { WHATSAPP TELEGRAM }")
            .AddResolver("Query", "echo", (Messenger messenger) => messenger)
            .Build();

        Assert.Equal(Json("{'data':{'echo':'WHATSAPP'}}"), await RunAsync(schema, "{ echo(messenger: WHATSAPP) }"));
    }

    [Fact]
    public async Task An_exception_given_as_a_list_item_is_that_items_field_error()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { names: [String], strict: [String!] }")
            .AddResolver("Query", "names", () => new object[] { "Ada", new GraphQLException("No such user.", "USER_NOT_FOUND"), "Grace" })
            .AddResolver("Query", "strict", () => new object[] { "Ada", new InvalidOperationException("internal detail") })
            .Build();

        Assert.Equal(
            Json("""
                {'errors':[
                  {'message':'No such user.','locations':[{'line':1,'column':3}],'path':['names',1],'extensions':{'code':'USER_NOT_FOUND'}},
                  {'message':'Unexpected Execution Error','locations':[{'line':1,'column':9}],'path':['strict',1],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],
                 'data':{'names':['Ada',null,'Grace'],'strict':null}}
                """),
            await RunAsync(schema, "{ names strict }"));
    }
}
