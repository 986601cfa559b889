using ProfileGraph.GraphQL.Federation;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Tests.Federation;

/// <summary>
/// <see cref="Subgraph.SourceSdl"/>: a subgraph's own SDL in graphql-js's printSchema layout with the directives it
/// applies, without what federation adds; a file kept in that form prints back as itself and builds the same subgraph.
/// </summary>
public sealed class SubgraphSourceSdlTests
{
    // In printSchema layout, with a directive wherever SDL may apply one.
    private const string Printed = """"
        """The catalogue."""
        schema {
          query: Query
        }

        extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@tag", "@inaccessible", "@override"])

        """Relative cost, for query planning."""
        directive @cost(weight: Int! = 1) on FIELD_DEFINITION | OBJECT

        type Query {
          """The best-selling products."""
          topProducts(first: Int = 5 @tag(name: "paging")): [Product!]! @cost(weight: 5)
          search(text: String!, kind: Kind = ANY): [Result!]! @deprecated(reason: "Use topProducts.") @tag(name: "old")
        }

        """A product in the catalogue."""
        type Product implements Node @key(fields: "upc") @key(fields: "sku variation { id }") @cost(weight: 2) {
          id: ID!
          upc: String!
          sku: String!
          variation: Variation!
          name: String @shareable
          weight: Int @external
          shippingEstimate: Int @requires(fields: "weight")
          internalCode: String @inaccessible
          highlighted: Boolean @override(from: "accounts", label: "percent(50)")
        }

        interface Node @tag(name: "node") {
          id: ID!
        }

        type Variation @shareable {
          id: ID!
        }

        enum Kind @tag(name: "kind") {
          ANY
          BOOK @inaccessible
          OLD @deprecated @tag(name: "old")
        }

        union Result @tag(name: "result") = Product | Variation

        input Filter @tag(name: "filter") {
          name: String @tag(name: "name")
          limit: Int = 10 @deprecated(reason: "Page instead.") @inaccessible
        }

        scalar Upc @specifiedBy(url: "https://example.com/upc") @tag(name: "upc")
        """";

    [Fact]
    public void A_subgraph_file_in_printed_form_prints_back_as_itself()
    {
        var subgraph = Subgraph.Of(Build(Printed))!;

        Assert.Equal(Printed, subgraph.SourceSdl);
        Assert.Equal(subgraph.Sdl, Subgraph.Of(Build(subgraph.SourceSdl))!.Sdl);
    }

    [Fact]
    public void Leaves_out_what_federation_adds_and_keeps_the_rest_as_graphql_js_prints_it()
    {
        var schema = ProductSubgraph.Build();
        var source = Subgraph.Of(schema)!.SourceSdl;

        Assert.StartsWith("extend schema @link(url: \"https://specs.apollo.dev/federation/v2.7\", import: [", source, StringComparison.Ordinal);
        foreach (var added in new[] { "_entities", "_service", "_Any", "_Entity", "_Service", "directive @", "link__", "scalar FieldSet" })
        {
            Assert.DoesNotContain(added, source, StringComparison.Ordinal);
        }

        // Types as graphql-js's printSchema prints them, with the directives the SDL applies.
        Assert.Contains(
            """"
            type Query {
              """The best-selling products."""
              topProducts(first: Int = 5): [Product!]!
              review(id: ID!): Review
            }
            """",
            source,
            StringComparison.Ordinal);
        Assert.Contains("type Product @key(fields: \"upc\") @key(fields: \"sku variation { id }\") {\n  upc: String!\n", source, StringComparison.Ordinal);
        Assert.Contains("  highlighted: Boolean @override(from: \"accounts\", label: \"percent(50)\")\n", source, StringComparison.Ordinal);
        Assert.Contains("type Media @key(fields: \"id\") @interfaceObject {", source, StringComparison.Ordinal);
        Assert.Contains("type ProductVariation {\n  id: ID!\n}", SchemaPrinter.Print(schema), StringComparison.Ordinal);
        Assert.Contains("type ProductVariation {\n  id: ID!\n}", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Merges_type_extensions_as_printSchema_does_and_keeps_a_schema_definitions_directives()
    {
        var source = Subgraph.Of(Build("""
            schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"]) { query: Query }
            type Query { product: Product }
            type Product @key(fields: "upc") { upc: String! }
            extend type Product @shareable { name: String }
            """))!.SourceSdl;

        Assert.Equal(
            """
            schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"]) {
              query: Query
            }

            type Query {
              product: Product
            }

            type Product @key(fields: "upc") @shareable {
              upc: String!
              name: String
            }
            """,
            source);
    }

    private static GraphQLSchema Build(string sdl) => new SchemaBuilder()
        .AddDocument(sdl)
        .AddFederation()
        .Build();
}
