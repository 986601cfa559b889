using ProfileGraph.GraphQL.Tests.Conformance;
using ProfileGraph.GraphQL.Types;
using Snapshooter.Xunit;

namespace ProfileGraph.GraphQL.Tests.Types;

public sealed class SchemaPrinterTests
{
    private const string KitchenSink = """"
        """
        The profile service.
        """
        schema { query: Root mutation: Mutations }

        "Marks a field for cost analysis."
        directive @cost(weight: Int! = 1, "multiplier doc" factor: [Float!]) repeatable on FIELD_DEFINITION | OBJECT
        directive @internal on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE | SCALAR | UNION | ENUM | INPUT_OBJECT | INTERFACE | SCHEMA

        type Root @cost(weight: 2) {
          "A node by id."
          node(id: ID!): Node
          profiles(first: Int = 10, after: String, order: Order = ASC, filter: Filter = {name: "a", tags: "x"}): [Profile!]! @cost
          legacy: String @deprecated
          old(
            "Why it is old."
            reason: String = "because" @deprecated(reason: "Use why.")
            why: Float = 1.0
          ): Boolean @deprecated(reason: "Use \"node\".")
          search: SearchResult
          url: URL
          at: DateTime
        }

        type Mutations { rename(input: Rename!): Profile }

        """
        Something with an id.
          Indented second line.
        """
        interface Node { id: ID! }
        interface Entity implements Node { id: ID! createdAt: DateTime }
        type Profile implements Entity & Node { id: ID! createdAt: DateTime name: String tags: [String] }
        type Organization implements Node { id: ID! members(role: Role = MEMBER): [Profile] }
        union SearchResult @internal = Profile | Organization
        enum Order { ASC "descending" DESC @deprecated(reason: "sort client-side") }
        enum Role { MEMBER ADMIN @internal }
        input Filter { name: String tags: [String!] = ["all"] limit: Int = 5 @internal }
        input Rename @oneOf { byId: ID byName: String }
        scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/chillicream/date-time.html")
        scalar URL @specifiedBy(url: "https://url.spec.whatwg.org/")
        scalar JSON

        extend type Profile { avatar: URL }
        extend enum Role { OWNER }
        extend union SearchResult = Query2
        type Query2 { x: Int }
        """";

    private static string Print(string sdl) =>
        SchemaPrinter.Print(new SchemaBuilder().AddDocument(sdl).AddScalar(Scalars.DateTime).AddScalar(Scalars.Url).Build());

    [Fact]
    public void Kitchen_sink_schema_prints() => Snapshot.Match(Print(KitchenSink));

    [Fact]
    public void Printing_round_trips()
    {
        var printed = Print(KitchenSink);
        Assert.Equal(printed, Print(printed));
    }

    [Theory]
    [InlineData("type Query { a: Int }")]
    [InlineData("type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }")]
    [InlineData("schema { query: Q } type Q { a: Int }")]
    [InlineData("\"described\" schema { query: Query } type Query { a: Int }")]
    public void Schema_definition_is_printed_only_when_needed(string sdl) => Assert.Equal(JsPrint(sdl), Print(sdl));

    [Fact]
    public void Prints_as_graphql_js_does()
    {
        string[] corpus =
        [
            KitchenSink,
            "type Query { a(x: Float = 1.5e3, y: [Int] = 1, z: ID = 12, w: ID = \"ab\", s: String = \"line\\nbreak \\u00e9\"): Int }",
            "type Query { a(i: I = {b: [1, 2]}): Int } input I { a: Int = 7 b: [Int!] c: E = B } enum E { A B }",
            "\"\"\"\n  leading space\n\"\"\"\ntype Query { \"\"\"ends with \"quote\" \"\"\" a: Int \"single\" b: Int \"\\u0001control\" c: Int }",
            "type Query { f(\"first\" a: Int, b: Int \"third\" c: Int): Int } interface I { f: Int }",
            "directive @d(\"arg\" a: Int) on QUERY | FIELD type Query { a: Int @deprecated(reason: \"No longer supported\") }",
            "type Query { long(aaaaaaaaaaaaaaaaaaaaaa: Int, bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb: String, ccccccccccccccccccccccc: Boolean): Int }",
            "type Query { a: Int } scalar JSON \"d\" enum E { A } extend type Query { b(j: JSON = \"s\"): Int }",
        ];

        // No scalar implementations are registered: ours bring descriptions graphql-js's SDL-only scalars lack.
        var expected = GraphQLJsOracle.PrintSchema(corpus);
        for (var i = 0; i < corpus.Length; i++)
        {
            Assert.True(expected[i].Ok, expected[i].Message);
            Assert.Equal(expected[i].Printed, SchemaPrinter.Print(SchemaBuilder.Build(corpus[i])));
        }
    }

    private static string JsPrint(string sdl) => GraphQLJsOracle.PrintSchema([sdl])[0].Printed!;
}
