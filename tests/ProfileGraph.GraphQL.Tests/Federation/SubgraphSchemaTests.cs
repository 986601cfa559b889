using System.Text.Json;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Federation;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Tests.Conformance;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Tests.Federation;

/// <summary>
/// Building a subgraph: the federation definitions its @link imports, the applied directives kept on the model,
/// what <c>Build()</c> refuses (all at once), and introspection of a subgraph read back by graphql-js.
/// </summary>
public sealed class SubgraphSchemaTests
{
    [Fact]
    public void Federation_definitions_and_applied_directives_are_on_the_model()
    {
        var schema = ProductSubgraph.Build();
        var subgraph = Subgraph.Of(schema)!;
        Assert.Equal("v2.7", subgraph.FederationVersion);
        Assert.Equal(["Media", "Product", "Review", "User"], subgraph.EntityTypes.Select(t => t.Name));
        Assert.Same(schema, subgraph.Schema);

        var key = schema.GetDirective("key")!;
        Assert.True(key.IsRepeatable);
        Assert.Equal("fields: FieldSet!, resolvable: Boolean", string.Join(", ", key.Arguments));
        Assert.Equal([DirectiveLocation.Object, DirectiveLocation.Interface], key.Locations);
        Assert.Equal("from: String!, label: String", string.Join(", ", schema.GetDirective("override")!.Arguments));
        Assert.NotNull(schema.GetDirective("federation__composeDirective"));
        Assert.NotNull(schema.GetDirective("federation__extends"));
        Assert.Null(schema.GetDirective("composeDirective"));
        Assert.Equal("url: String, as: String, for: link__Purpose, import: [link__Import]", string.Join(", ", schema.GetDirective("link")!.Arguments));
        Assert.Equal(["SECURITY", "EXECUTION"], schema.GetType<EnumType>("link__Purpose")!.Values.Select(v => v.Name));
        Assert.IsType<ScalarType>(schema.GetType("FieldSet"), exactMatch: false);
        Assert.Null(schema.GetType("federation__FieldSet"));
        Assert.Equal(["Media", "Product", "Review", "User"], schema.GetType<UnionType>("_Entity")!.Types.Select(t => t.Name));
        Assert.Equal("_entities(representations: [_Any!]!): [_Entity]!", Print(schema.GetField("Query", "_entities")!));
        Assert.Equal("_service: _Service!", Print(schema.GetField("Query", "_service")!));

        var link = Assert.Single(schema.Directives);
        Assert.Equal("https://specs.apollo.dev/federation/v2.7", link.GetArgumentValue("url"));
        var product = schema.GetType<ObjectType>("Product")!;
        Assert.Equal(["upc", "sku variation { id }"], product.GetDirectives("key").Select(d => d.GetArgumentValue("fields")));
        Assert.Equal(true, product.GetDirective("key")!.GetArgumentValue("resolvable"));
        Assert.NotNull(product.GetField("name")!.GetDirective("shareable"));
        Assert.NotNull(product.GetField("weight")!.GetDirective("external"));
        Assert.Equal("weight", product.GetField("shippingEstimate")!.GetDirective("requires")!.GetArgumentValue("fields"));
        Assert.Equal("public", product.GetField("price")!.GetDirective("tag")!.GetArgumentValue("name"));
        Assert.NotNull(product.GetField("internalCode")!.GetDirective("inaccessible"));
        var highlighted = schema.GetField("Review", "highlighted")!.GetDirective("override")!;
        Assert.Equal(("accounts", "percent(50)"), (highlighted.GetArgumentValue("from"), highlighted.GetArgumentValue("label")));
        Assert.Equal("name", schema.GetField("Review", "author")!.GetDirective("provides")!.GetArgumentValue("fields"));
        Assert.NotNull(schema.GetType("Media")!.GetDirective("interfaceObject"));
        Assert.Equal(false, schema.GetType("User")!.GetDirective("key")!.GetArgumentValue("resolvable"));

        Assert.Null(Subgraph.Of(SchemaBuilder.Build("type Query { a: Int }")));
    }

    [Fact]
    public void A_builder_builds_the_same_subgraph_twice()
    {
        var builder = ProductSubgraph.Builder();
        var first = builder.Build();
        var second = builder.Build();
        Assert.NotSame(first, second);
        Assert.Equal(Subgraph.Of(first)!.Sdl, Subgraph.Of(second)!.Sdl);
        Assert.Equal(2, second.QueryType!.Fields.Count(f => f.Name.StartsWith('_')));
    }

    [Fact]
    public void Refuses_sdl_without_a_federation_2_link()
    {
        Assert.Equal(
            Lines("A federation subgraph's SDL must link Apollo Federation 2, as in: extend schema @link(url: \"https://specs.apollo.dev/federation/v2.7\", import: [\"@key\"])."),
            Errors(new SchemaBuilder().AddDocument("type Query { a: Int }").AddFederation()));
        Assert.Equal(
            Lines("Federation version \"https://specs.apollo.dev/federation/v2.15\" is not supported: the subgraph can link v2.0 to v2.14. (1:15)"),
            Errors(new SchemaBuilder().AddDocument("extend schema @link(url: \"https://specs.apollo.dev/federation/v2.15\") type Query { a: Int }").AddFederation()));
        Assert.Equal(
            Lines("Federation version \"https://specs.apollo.dev/federation/v1.0\" is not supported: the subgraph can link v2.0 to v2.14. (1:15)"),
            Errors(new SchemaBuilder().AddDocument("extend schema @link(url: \"https://specs.apollo.dev/federation/v1.0\") type Query { a: Int }").AddFederation()));
    }

    [Fact]
    public void Lists_every_subgraph_problem_at_once()
    {
        var errors = Errors(new SchemaBuilder()
            .AddDocument("""
                extend schema @link(url: "https://specs.apollo.dev/federation/v2.0", import: ["@key", "@interfaceObject", "@nope", {name: "@shareable", as: "shared"}])
                type Query { a: Int @shareable }
                """)
            .AddFederation());
        Assert.Equal(
            Lines(
                "Cannot import unknown element \"@interfaceObject\": federation v2.0 does not define it. (1:87)",
                "Cannot import unknown element \"@nope\": federation v2.0 does not define it. (1:107)",
                "The import \"@shareable\" cannot be renamed \"shared\": a directive's name starts with \"@\" and a type's does not. (1:116)",
                "Unknown directive \"@shareable\". (2:21)"),
            errors);

        errors = Errors(new SchemaBuilder()
            .AddDocument("""
                extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
                type Query { a: Int }
                type Thing @key(fields: "id") @key(fields: "nope") @key(fields: "id {") @key(fields: "owner { nope }") { id: ID!, size: Int, owner: Owner }
                type Owner @key(fields: "id", resolvable: false) { id: ID! }
                """)
            .AddResolver("Query", "a", () => 1)
            .AddEntityResolver("Thing", "size", (string id) => new { Id = id })
            .AddEntityResolver("Thing", (string identifier) => new { Id = identifier })
            .AddEntityResolver("Thing", "id", (string id) => id)
            .AddEntityResolver("Owner", (string id) => new { Id = id })
            .AddEntityResolver("Query", (string id) => new { Id = id })
            .AddEntityResolver("Thing", "id", (string id) => new { Id = id })
            .AddEntityResolver("Thing", "id", (string id) => new { Id = id }));
        Assert.Equal(
            Lines(
                "On type \"Thing\", the key @key(fields: \"nope\") selects \"nope\", which is not a field of \"Thing\". (3:31)",
                "On type \"Thing\", the key @key(fields: \"id {\") is not a valid field set: Syntax Error: Expected Name, found \"}\". (3:52)",
                "On type \"Thing\", the key @key(fields: \"owner { nope }\") selects \"owner.nope\", which is not a field of \"Thing\". (3:73)",
                "The entity resolver of \"Thing\" by key \"size\" names no key of \"Thing\", whose resolvable keys are: @key(fields: \"id\").",
                "The entity resolver of \"Thing\" has parameter \"identifier\", which is not a field of a \"Thing\" representation (its scalar and enum fields: id, size) nor a parent, service or context parameter.",
                "The entity resolver of \"Thing\" by key \"id\" returns String, which cannot complete to \"Thing\" of field \"Query._entities\": String is a scalar value, not an object.",
                "The entity resolver of \"Owner\" has no entity to resolve: the schema has no object type \"Owner\" with a resolvable @key.",
                "The entity resolver of \"Query\" has no entity to resolve: the schema has no object type \"Query\" with a resolvable @key.",
                "The entity resolver of \"Thing\" by key \"id\" is registered twice."),
            errors);
    }

    [Fact]
    public async Task Introspection_of_a_subgraph_reads_back_in_graphql_js_as_our_printSchema()
    {
        var schema = ProductSubgraph.Build();
        var query = GraphQLJsOracle.Introspection([]).Query;
        var result = await new RequestExecutor(schema).ExecuteAsync(query);
        Assert.Empty(result.Errors);

        var printed = Assert.Single(GraphQLJsOracle.PrintClientSchema([JsonDocument.Parse(result.ToJson()).RootElement.GetProperty("data")]));
        Assert.True(printed.Ok, printed.Message);
        Assert.Equal(SchemaPrinter.Print(schema), printed.Printed);
        Assert.Contains("scalar _Any", printed.Printed, StringComparison.Ordinal);
        Assert.Contains("directive @key(fields: FieldSet!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE", printed.Printed, StringComparison.Ordinal);
    }

    private static string Print(FieldDefinition field) =>
        field.Name + (field.Arguments.Count > 0 ? "(" + string.Join(", ", field.Arguments) + ")" : "") + ": " + field.Type;

    /// <summary>The build's errors, one a line, so a difference shows in full.</summary>
    private static string Errors(SchemaBuilder builder) =>
        string.Join("\n", Assert.Throws<SchemaValidationException>(builder.Build).Errors.Select(e => e.ToString()));

    private static string Lines(params string[] lines) => string.Join("\n", lines);
}
