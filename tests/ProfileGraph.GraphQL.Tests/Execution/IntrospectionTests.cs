using System.Text.Json;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Tests.Conformance;
using ProfileGraph.GraphQL.Types;
using static ProfileGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace ProfileGraph.GraphQL.Tests.Execution;

/// <summary>
/// Introspection (spec §4): graphql-js's full introspection query, run by our executor, gives back to graphql-js's
/// <c>buildClientSchema</c> the schema our <c>printSchema</c> prints.
/// </summary>
public sealed class IntrospectionTests
{
    private static readonly string[] Schemas =
    [
        """
        "The profile graph."
        schema { query: Root mutation: Changes }

        "Something with an id."
        interface Node { id: ID! }
        interface Media implements Node { id: ID!, url(size: Int = 64 @deprecated(reason: "sizes are fixed"), format: Format = JPEG): URL! }
        type Photo implements Media & Node { id: ID!, url(size: Int = 64 @deprecated(reason: "sizes are fixed"), format: Format = JPEG): URL!, takenAt: DateTime }
        type Product implements Node { id: ID!, "The price in cents." price: Int!, legacyPrice: Float @deprecated, tags: [[String!]]! }
        union Result = Photo | Product
        enum Format { JPEG, PNG @deprecated(reason: "Use WEBP."), WEBP }
        input Filter { ids: [ID!], format: Format = PNG, nested: Filter, old: String @deprecated(reason: "gone"), limit: Int! = 10 }
        input Lookup @oneOf { byId: ID, byEmail: String }
        scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")
        scalar URL @specifiedBy(url: "https://url.spec.whatwg.org/")
        "Caches a field."
        directive @cached(ttl: Int! = 60, scopes: [String!] = ["public"]) repeatable on FIELD_DEFINITION | OBJECT
        directive @trace on QUERY | FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION
        type Root { node(id: ID!): Node, search(filter: Filter = { limit: 5 }, lookup: Lookup): [Result!]! }
        type Changes { touch(id: ID!): Node }
        """,
        "type Query { hello: String }",
    ];

    [Fact]
    public async Task BuildClientSchema_of_our_introspection_prints_what_our_printSchema_prints()
    {
        var query = GraphQLJsOracle.Introspection([]).Query;
        var schemas = Schemas.Select(sdl => new SchemaBuilder().AddDocument(sdl).AddScalar(Scalars.DateTime).AddScalar(Scalars.Url).Build()).ToList();
        var results = new List<JsonElement>();
        foreach (var schema in schemas)
        {
            var result = await new RequestExecutor(schema).ExecuteAsync(query);
            Assert.Empty(result.Errors);
            results.Add(JsonDocument.Parse(result.ToJson()).RootElement.GetProperty("data"));
        }

        var printed = GraphQLJsOracle.PrintClientSchema(results);
        for (var i = 0; i < schemas.Count; i++)
        {
            Assert.True(printed[i].Ok, printed[i].Message);
            Assert.Equal(SchemaPrinter.Print(schemas[i]), printed[i].Printed);
        }
    }

    [Fact]
    public async Task Type_lookup_includeDeprecated_and_wrappers()
    {
        var schema = SchemaBuilder.Build(Schemas[0]);
        var response = await RunAsync(schema, """
            {
              missing: __type(name: "Nope") { name }
              format: __type(name: "Format") { kind enumValues { name } all: enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } }
              product: __type(name: "Product") { fields { name type { kind name ofType { kind name ofType { kind ofType { kind ofType { name } } } } } } }
              __typename
            }
            """);
        Assert.Equal(
            Json("""
                {'data':{'missing':null,
                 'format':{'kind':'ENUM','enumValues':[{'name':'JPEG'},{'name':'WEBP'}],
                   'all':[{'name':'JPEG','isDeprecated':false,'deprecationReason':null},{'name':'PNG','isDeprecated':true,'deprecationReason':'Use WEBP.'},{'name':'WEBP','isDeprecated':false,'deprecationReason':null}]},
                 'product':{'fields':[
                   {'name':'id','type':{'kind':'NON_NULL','name':null,'ofType':{'kind':'SCALAR','name':'ID','ofType':null}}},
                   {'name':'price','type':{'kind':'NON_NULL','name':null,'ofType':{'kind':'SCALAR','name':'Int','ofType':null}}},
                   {'name':'tags','type':{'kind':'NON_NULL','name':null,'ofType':{'kind':'LIST','name':null,'ofType':{'kind':'LIST','ofType':{'kind':'NON_NULL','ofType':{'name':'String'}}}}}}]},
                 '__typename':'Root'}}
                """),
            response);
    }
}
