using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Federation;
using ProfileGraph.GraphQL.Types;
using static ProfileGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace ProfileGraph.GraphQL.Tests.Federation;

/// <summary>
/// <c>_entities(representations:)</c> and <c>_service</c>: representations of several types and keys resolve in
/// order through their entity resolvers; each representation that cannot be resolved is a null entity with an error
/// at its own path; and the representations of one call load through one DataLoader batch.
/// </summary>
public sealed class EntitiesTests
{
    private const string EntitiesQuery = """
        query ($representations: [_Any!]!) {
          _entities(representations: $representations) {
            __typename
            ... on Product { upc name shippingEstimate variation { id } }
            ... on Review { id body product { upc } }
          }
        }
        """;

    private static readonly GraphQLSchema Schema = ProductSubgraph.Build();

    [Fact]
    public async Task Service_returns_the_subgraph_sdl()
    {
        var response = await ProductSubgraph.RunAsync(Schema, "{ _service { sdl } }");
        var sdl = System.Text.Json.JsonDocument.Parse(response).RootElement.GetProperty("data").GetProperty("_service").GetProperty("sdl").GetString();
        Assert.Equal(Subgraph.Of(Schema)!.Sdl, sdl);
        Assert.StartsWith("schema\n  @link(url: \"https://specs.apollo.dev/link/v1.0\")\n{\n  query: Query\n}\n\nextend schema\n  @link(url: \"https://specs.apollo.dev/federation/v2.7\"", sdl, StringComparison.Ordinal);
        Assert.Contains("type Product\n  @key(fields: \"upc\")\n  @key(fields: \"sku variation { id }\")\n{", sdl, StringComparison.Ordinal);
        Assert.Contains("  shippingEstimate: Int @requires(fields: \"weight\")\n", sdl, StringComparison.Ordinal);
        Assert.EndsWith("union _Entity = Media | Product | Review | User", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Representations_of_several_types_and_keys_resolve_in_order()
    {
        var response = await ProductSubgraph.RunAsync(Schema, EntitiesQuery, new
        {
            representations = new object[]
            {
                new Dictionary<string, object> { ["__typename"] = "Product", ["upc"] = "p1", ["weight"] = 10 },
                new Dictionary<string, object> { ["__typename"] = "Review", ["id"] = "r2" },
                new Dictionary<string, object> { ["__typename"] = "Product", ["sku"] = "s3", ["variation"] = new { id = "v0" } },
                new Dictionary<string, object> { ["__typename"] = "Product", ["upc"] = "p2" },
            },
        });
        Assert.Equal(
            Json("""
                {'data':{'_entities':[
                  {'__typename':'Product','upc':'p1','name':'Product 1','shippingEstimate':20,'variation':{'id':'v1'}},
                  {'__typename':'Review','id':'r2','body':'Review 2','product':{'upc':'p2'}},
                  {'__typename':'Product','upc':'p3','name':'Product 3','shippingEstimate':null,'variation':{'id':'v0'}},
                  {'__typename':'Product','upc':'p2','name':'Product 2','shippingEstimate':null,'variation':{'id':'v2'}}]}}
                """),
            response);
    }

    [Fact]
    public async Task Representations_written_as_literals_resolve_too()
    {
        var response = await ProductSubgraph.RunAsync(Schema, """
            { _entities(representations: [{__typename: "Review", id: "r1"}, {__typename: "Product", upc: "p4"}]) { ... on Review { stars } ... on Product { price } } }
            """);
        Assert.Equal(Json("{'data':{'_entities':[{'stars':2},{'price':400}]}}"), response);
    }

    [Fact]
    public async Task Each_unresolvable_representation_is_a_null_entity_with_an_error_at_its_path()
    {
        var response = await ProductSubgraph.RunAsync(Schema, EntitiesQuery, new
        {
            representations = new object[]
            {
                new Dictionary<string, object> { ["__typename"] = "Product", ["upc"] = "p1" },
                new Dictionary<string, object> { ["__typename"] = "Order", ["id"] = "o1" },        // not an entity type
                new Dictionary<string, object> { ["__typename"] = "Media", ["id"] = "m1" },        // no entity resolver
                new Dictionary<string, object> { ["__typename"] = "Product", ["upc"] = "p999" },   // the resolver returns null
                new Dictionary<string, object> { ["__typename"] = "Review", ["id"] = "r999" },     // the resolver throws
                new Dictionary<string, object> { ["__typename"] = "Product", ["name"] = "Mug" },   // none of its keys' fields
                new Dictionary<string, object> { ["__typename"] = "User", ["id"] = "u1" },         // resolvable: false
                new Dictionary<string, object> { ["__typename"] = "Product", ["upc"] = 5 },        // upc is a String
                new Dictionary<string, object> { ["__typename"] = "Review", ["id"] = "r3" },
            },
        });
        Assert.Equal(
            Json("""
                {'errors':[
                  {'message':'The representation at index 1 names type \"Order\", which is not an entity type of this subgraph.','locations':[{'line':2,'column':3}],'path':['_entities',1],'extensions':{'code':'BAD_USER_INPUT'}},
                  {'message':'Type \"Media\" has no entity resolver: the subgraph cannot resolve its representations.','locations':[{'line':2,'column':3}],'path':['_entities',2],'extensions':{'code':'INTERNAL_SERVER_ERROR'}},
                  {'message':'No review has id \"r999\".','locations':[{'line':2,'column':3}],'path':['_entities',4],'extensions':{'code':'NOT_FOUND'}},
                  {'message':'The representation at index 5 of type \"Product\" lacks the fields of each of its keys: @key(fields: \"upc\"), @key(fields: \"sku variation { id }\").','locations':[{'line':2,'column':3}],'path':['_entities',5],'extensions':{'code':'BAD_USER_INPUT'}},
                  {'message':'The representation at index 6 names type \"User\", which this subgraph cannot resolve: its keys set resolvable: false.','locations':[{'line':2,'column':3}],'path':['_entities',6],'extensions':{'code':'BAD_USER_INPUT'}},
                  {'message':'The representation\u0027s field \"Product.upc\" has an invalid value: String cannot represent a non string value: 5','locations':[{'line':2,'column':3}],'path':['_entities',7],'extensions':{'code':'BAD_USER_INPUT'}}],
                 'data':{'_entities':[
                  {'__typename':'Product','upc':'p1','name':'Product 1','shippingEstimate':null,'variation':{'id':'v1'}},
                  null,null,null,null,null,null,null,
                  {'__typename':'Review','id':'r3','body':'Review 3','product':{'upc':'p3'}}]}}
                """),
            response);
    }

    [Fact]
    public async Task A_hundred_representations_load_in_one_batch()
    {
        var fetches = new ProductSubgraph.ProductFetches();
        var representations = Enumerable.Range(1, 100)
            .Select(i => (object)new Dictionary<string, object> { ["__typename"] = "Product", ["upc"] = $"p{i}" })
            .ToList();
        var response = await ProductSubgraph.RunAsync(Schema, EntitiesQuery, new { representations }, fetches);

        Assert.DoesNotContain("errors", response, StringComparison.Ordinal);
        var batch = Assert.Single(fetches.Batches);
        Assert.Equal(Enumerable.Range(1, 100).Select(i => $"p{i}"), batch);
        Assert.Contains("{\"__typename\":\"Product\",\"upc\":\"p100\",\"name\":\"Product 100\"", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mixed_types_and_repeated_keys_still_share_one_batch_per_loader()
    {
        var fetches = new ProductSubgraph.ProductFetches();
        var representations = Enumerable.Range(1, 60).Select(i => (object)(i % 3 == 0
                ? new Dictionary<string, object> { ["__typename"] = "Review", ["id"] = $"r{(i % 20) + 1}" }
                : new Dictionary<string, object> { ["__typename"] = "Product", ["upc"] = $"p{(i % 25) + 1}" }))
            .ToList();
        var response = await ProductSubgraph.RunAsync(Schema, EntitiesQuery, new { representations }, fetches);

        Assert.DoesNotContain("errors", response, StringComparison.Ordinal);
        var batch = Assert.Single(fetches.Batches);
        Assert.Equal(batch.Distinct().Count(), batch.Length);
    }

    [Fact]
    public async Task Representations_that_are_not_objects_with_a_typename_are_refused()
    {
        var fromVariables = await ProductSubgraph.RunAsync(Schema, EntitiesQuery, new { representations = new object[] { new { upc = "p1" } } });
        Assert.Contains("_Any cannot represent an object without a \\\"__typename\\\" string naming its type: { upc: \\\"p1\\\" }", fromVariables, StringComparison.Ordinal);
        Assert.Contains("BAD_USER_INPUT", fromVariables, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", fromVariables, StringComparison.Ordinal);

        var literal = await ProductSubgraph.RunAsync(Schema, "{ _entities(representations: [\"p1\"]) { __typename } }");
        Assert.Contains("_Any cannot represent a non-object value: \\\"p1\\\"", literal, StringComparison.Ordinal);
        Assert.Contains("GRAPHQL_VALIDATION_FAILED", literal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entity_resolvers_see_the_entity_path_the_representation_and_look_ahead()
    {
        var seen = new List<string>();
        var schema = new SchemaBuilder()
            .AddDocument("""
                extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
                type Query { hello: String }
                type Thing @key(fields: "id") { id: ID!, name: String, size: Int }
                """)
            .AddResolver("Query", "hello", () => "hi")
            .AddEntityResolver("Thing", context =>
            {
                var representation = (EntityRepresentation)context.Parent!;
                lock (seen)
                {
                    seen.Add($"{context.Path} {representation.TypeName} {context.Arguments["id"]} [{string.Join(",", context.GetSelections().Select(s => s.ResponseName))}]");
                }

                return new ValueTask<object?>(new Dictionary<string, object?> { ["id"] = context.Arguments["id"], ["name"] = "n", ["size"] = 1 });
            })
            .Build();

        var response = await RunAsync(schema, "{ _entities(representations: [{__typename: \"Thing\", id: 7}, {__typename: \"Thing\", id: \"x\"}]) { ... on Thing { id name } } }");

        Assert.Equal(Json("{'data':{'_entities':[{'id':'7','name':'n'},{'id':'x','name':'n'}]}}"), response);
        Assert.Equal(["_entities.0 Thing 7 [id,name]", "_entities.1 Thing x [id,name]"], seen);
    }

    public enum Provider
    {
        Slack,
        WhatsApp,
    }

    public sealed record Account(string Id, Provider Provider, string ProviderId);

    [Fact]
    public async Task Each_key_routes_to_its_resolver_with_enum_and_id_fields_bound_to_clr_parameters()
    {
        var schema = new SchemaBuilder()
            .AddDocument("""
                extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
                type Query { hello: String }
                enum Provider { SLACK, WHATSAPP }
                type Account @key(fields: "id") @key(fields: "provider providerId") { id: ID!, provider: Provider!, providerId: ID! }
                """)
            .AddResolver("Query", "hello", () => "hi")
            .AddEntityResolver("Account", "providerId provider", (Provider provider, long providerId) => new Account($"{provider}:{providerId}", provider, $"{providerId}"))
            .AddEntityResolver("Account", "id", (string id) => new Account(id, Provider.Slack, "by-id"))
            .Build();

        var response = await RunAsync(schema, """
            { _entities(representations: [
                {__typename: "Account", provider: "WHATSAPP", providerId: 42},
                {__typename: "Account", id: 7},
                {__typename: "Account", id: "a1", provider: "SLACK", providerId: "5"},
                {__typename: "Account", provider: "FAX", providerId: "1"}]) { ... on Account { id provider providerId } } }
            """);

        Assert.Equal(
            Json("""
                {'errors':[{'message':'The representation\u0027s field \"Account.provider\" has an invalid value: Value \"FAX\" does not exist in \"Provider\" enum.','locations':[{'line':1,'column':3}],'path':['_entities',3],'extensions':{'code':'BAD_USER_INPUT'}}],
                 'data':{'_entities':[
                  {'id':'WhatsApp:42','provider':'WHATSAPP','providerId':'42'},
                  {'id':'7','provider':'SLACK','providerId':'by-id'},
                  {'id':'Slack:5','provider':'SLACK','providerId':'5'},
                  null]}}
                """),
            response);
    }

    [Fact]
    public async Task A_typed_value_completes_as_its_object_type_and_must_be_a_possible_type()
    {
        var schema = new SchemaBuilder()
            .AddDocument("type Query { things: [Thing] } union Thing = A | B type A { name: String } type B { name: String } type C { name: String }")
            .AddResolver("Query", "things", (IResolverContext context) => new object[]
            {
                new TypedValue(context.Schema.GetType<ObjectType>("B")!, new { Name = "one" }),
                new TypedValue(context.Schema.GetType<ObjectType>("C")!, new { Name = "two" }),
            })
            .Build();

        var response = await RunAsync(schema, "{ things { __typename ... on B { name } } }");

        Assert.Equal(
            Json("""
                {'errors':[{'message':'Runtime Object type \"C\" is not a possible type for \"Thing\".','locations':[{'line':1,'column':3}],'path':['things',1],'extensions':{'code':'ABSTRACT_TYPE_RESOLUTION_FAILED'}}],
                 'data':{'things':[{'__typename':'B','name':'one'},null]}}
                """),
            response);
    }
}
