using ProfileGraph.GraphQL.Federation;
using ProfileGraph.GraphQL.Tests.Conformance;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Tests.Federation;

/// <summary>
/// The subgraph SDL: what <c>_service { sdl }</c> returns is what @apollo/subgraph 2.14 returns for the same SDL,
/// byte for byte, for every federation version and the SDL shapes a schema-first schema has; and the schema itself
/// (printed the graphql-js way) holds the same definitions as @apollo/subgraph's executable schema.
/// </summary>
public sealed class SubgraphSdlTests
{
    /// <summary>Subgraph SDLs covering imports, renames, namespaces, schema definitions, extensions, descriptions and every kind of type.</summary>
    public static readonly string[] Sources =
    [
        ProductSubgraph.Sdl,
        """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.0", import: ["@key"])
        type Query { me: User }
        type User @key(fields: "id") { id: ID! }
        """,
        """"
        schema
          @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@override", {name: "@shareable", as: "@share"}, {name: "FieldSet", as: "Fields"}])
          @custom(x: 1)
        {
          query: RootQuery
          mutation: Changes
        }

        "Custom directive"
        directive @custom(x: Int, y: String = "d") repeatable on SCHEMA | OBJECT | FIELD_DEFINITION | ENUM

        type RootQuery @custom(x: 2) {
          me: User @share
          hello(a: Int = 1, "desc" b: String, c: [Color!] = [RED]): String
        }

        type Changes { touch(id: ID!): User }

        """
        This is a long description of the node type that is definitely longer than seventy characters.
        """
        interface Node @key(fields: "id") { id: ID! }

        type User implements Node @key(fields: "id") @key(fields: "email", resolvable: false) @custom {
          "The id."
          id: ID!
          email: String @override(from: "x", label: "percent(5)") @federation__tag(name: "t")
        }

        extend type User { extra: Int @deprecated(reason: "no") old: Int @deprecated }

        enum Color @custom { RED "green" GREEN @deprecated }

        input Filter { a: Int = 3 b: [String!] = ["x"] c: Color = RED }

        union Thing = User

        extend union Thing @federation__inaccessible

        scalar Stamp @specifiedBy(url: "https://example.com/stamp")
        """",
        """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", as: "fed", import: ["@key"])
        type Query { hello: String @fed__shareable }
        type Thing @key(fields: "id") @fed__extends { id: ID! @fed__external, weight: Int @fed__external, name: String @fed__requires(fields: "weight") }
        """,
        """
        extend schema
          @link(url: "https://specs.apollo.dev/federation/v2.12", import: ["@key", "@cost", "@listSize", "@context", "@fromContext", "@authenticated", "@requiresScopes", "@policy", "@cacheTag"])
        type Query {
          items(first: Int @cost(weight: 2)): [Item!]! @listSize(slicingArguments: ["first"]) @authenticated
          secret: String @requiresScopes(scopes: [["read"]]) @policy(policies: [["admin"]])
        }
        type Item @key(fields: "id") @context(name: "item") @cacheTag(format: "item-{$key.id}") { id: ID!, label(prefix: ID @fromContext(field: "$item { id }")): String }
        """,
        """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
        type Review @key(fields: "id") { id: ID! rating: Int }
        """,
        """
        type Mutation { touch: Review }
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
        type Review @key(fields: "id") { id: ID! }
        """,
    ];

    /// <summary>A minimal subgraph linking each federation version, v2.0 to v2.14.</summary>
    public static readonly string[] Versions = [.. Enumerable.Range(0, 15).Select(minor => $$"""
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.{{minor}}", import: ["@key"])
        type Query { hello: String }
        type Thing @key(fields: "id") { id: ID! }
        """)];

    private static GraphQLSchema BuildSubgraph(string sdl) =>
        new SchemaBuilder().AddDocument(sdl).AddFederation().Build();

    [Fact]
    public void Service_sdl_is_what_apollo_subgraph_returns()
    {
        var sources = Sources.Concat(Versions).ToList();
        var apollo = GraphQLJsOracle.Subgraph(sources);
        for (var i = 0; i < sources.Count; i++)
        {
            Assert.True(apollo[i].Ok, $"@apollo/subgraph refused source {i}: {apollo[i].Message}");
            var subgraph = Subgraph.Of(BuildSubgraph(sources[i]))!;
            Assert.Equal(apollo[i].Sdl, subgraph.Sdl);
        }
    }

    [Fact]
    public void The_schema_has_the_definitions_of_apollo_subgraphs_executable_schema()
    {
        var sources = Sources.Concat(Versions).ToList();
        var apollo = GraphQLJsOracle.Subgraph(sources);
        for (var i = 0; i < sources.Count; i++)
        {
            Assert.Equal(apollo[i].Printed, SchemaPrinter.Print(BuildSubgraph(sources[i])));
        }
    }
}
