using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Tests.Conformance;

/// <summary>
/// Cross-checks the language layer against graphql-js 16, the reference implementation: for each source both
/// must agree on whether it parses, print it identically, and report the same syntax error at the same place.
/// </summary>
public sealed class GraphQLJsParserConformanceTests
{
    private static readonly string[] Corpus =
    [
        // Valid documents: every printing rule.
        "{ a }",
        "query { a }",
        "query Q { a }",
        "query Q($a: Int = 1, $b: [String!]! = [\"x\"] @dir) @op { b(c: $a) { d } }",
        "mutation M { like(id: 1) { count } } subscription S { onEvent { id } }",
        "\"Described op\" query Q(\"var doc\" $v: ID) { a }",
        "\"\"\"\nFragment doc\n\"\"\"\nfragment F on T @d { a ...G ... on U { b } ... @include(if: true) { c } }",
        "{ alias: field(arg: {a: [1, 2.5e3, -0], b: \"s\\u00e9\\n\", c: ENUM, d: null, e: true, f: false, g: $v}) }",
        "{ fieldWithAVeryLongNameIndeed(argumentNumberOne: \"value one\", argumentNumberTwo: \"value two\", three: 3) }",
        "{ a(s: \"\"\"  block\n    with indent\n  \"\"\") }",
        "{ a(s: \"control \\u0001 \\u007F \\\" \\\\ \\/ \\b \\f \\r \\t\") }",
        "{ a(s: \"astral \\u{1F600} \\uD83D\\uDE00 é 日本\") }",
        "schema @a { query: Q mutation: M subscription: S }",
        "\"schema doc\" schema { query: Q }",
        "scalar Date @specifiedBy(url: \"https://example.com\")",
        "type T implements & A & B @key(fields: \"id\") { \"field doc\" f(\"arg doc\" a: Int = 1 @d, b: [T!]): [T!]! @deprecated }",
        "interface I implements J & K { f: Int }",
        "union U @d = | A | B",
        "enum E { \"doc\" A @deprecated(reason: \"no\") B }",
        "input I @oneOf { a: Int = 1 @d b: String }",
        "directive @d(a: Int, b: [String] = [\"x\"]) repeatable on FIELD | | QUERY",
        "directive @long(\"\"\"\nmultiline\n\"\"\"\na: Int) on FIELD_DEFINITION",
        "extend schema @a { query: Q } extend scalar S @d extend type T implements I { f: Int } extend interface I @d",
        "extend union U = C extend enum E { C } extend input I { c: Int } extend type T @d",
        "\"\"\"\n  Indented\n    more\n\n  back\n\"\"\"\ntype T { a: Int }",
        "type T { \"\"\"single line\"\"\" a: Int \"\"\" leading space\"\"\" b: Int \"\"\"ends with quote\"\"\"\" c: Int }",
        "# comment\n\uFEFF{ a, b,, c } # trailing",
        "{ a }\r\n\r\n{ b }",

        // Invalid documents: lexer errors.
        "",
        "{",
        "{ a(b: 'x') }",
        "{ a(b: \"unterminated) }",
        "{ a(b: \"line\nbreak\") }",
        "{ a(b: \"\\x\") }",
        "{ a(b: \"\\u12G4\") }",
        "{ a(b: \"\\uD83D\") }",
        "{ a(b: \"\\uDE00\") }",
        "{ a(b: \"\\u{110000}\") }",
        "{ a(b: \"\\u{}\") }",
        "{ a(b: \"\"\"unterminated) }",
        "{ a(b: 0x1) }",
        "{ a(b: 1.) }",
        "{ a(b: .5) }",
        "{ a(b: 1e) }",
        "{ a(b: 00) }",
        "{ a(b: -) }",
        "{ a(b: 1.5a) }",
        "{ a ? }",
        "{ a \u0007 }",
        "{ é }",
        "{ a(b: \"é\") c ? }",
        "{ a .. b }",

        // Invalid documents: parser errors.
        "{ }",
        "query",
        "query Q($a) { a }",
        "query Q($a: Int = $b) { a }",
        "{ a(b: $) }",
        "notAKeyword { a }",
        "\"doc\" { a }",
        "\"doc\" extend type T { a: Int }",
        "fragment on on T { a }",
        "fragment F on T",
        "{ ...on }",
        "type T { a }",
        "enum E { true }",
        "enum E { null }",
        "directive @d on UNKNOWN",
        "directive @d FIELD",
        "extend type T",
        "extend scalar S",
        "extend schema",
        "extend unknown T",
        "union U = ",
        "type T implements { a: Int }",
        "{ a(b: {c: 1 d: }) }",
        "{ a(b: [1, 2) }",
        "query Q @dir(a: $x) { a } x",
        "schema { query: Q, nonsense: X }",
    ];

    [Fact]
    public void Agrees_with_graphql_js_on_every_document_of_the_corpus()
    {
        var sources = Corpus;
        var expected = GraphQLJsOracle.Parse(sources);
        var mismatches = new List<string>();
        for (var i = 0; i < sources.Length; i++)
        {
            var actual = Outcome(sources[i]);
            if (actual != expected[i])
            {
                mismatches.Add($"source: {sources[i]}\n  graphql-js:   {expected[i]}\n  ProfileGraph: {actual}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public void Prints_the_kitchen_sinks_and_benchmark_documents_exactly_as_graphql_js()
    {
        var files = Directory.GetFiles(Path.Combine(GraphQLJsOracle.RepositoryRoot, "tests"), "*.graphql", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(GraphQLJsOracle.RepositoryRoot, "benchmarks"), "*.graphql", SearchOption.AllDirectories))
            .Where(path => !path.Contains("node_modules", StringComparison.Ordinal) && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(files);

        var sources = files.Select(File.ReadAllText).ToList();
        var expected = GraphQLJsOracle.Parse(sources);
        for (var i = 0; i < files.Count; i++)
        {
            Assert.True(expected[i].Ok, $"{files[i]} does not parse in graphql-js: {expected[i].Message}");
            Assert.Equal(expected[i].Printed, SyntaxPrinter.Print(Utf8GraphQLParser.Parse(sources[i])));
        }
    }

    private static GraphQLJsOracle.Outcome Outcome(string source)
    {
        try
        {
            return new(true, SyntaxPrinter.Print(Utf8GraphQLParser.Parse(source)), null, null, null);
        }
        catch (GraphQLSyntaxError error)
        {
            return new(false, null, error.Message, error.Line, error.Column);
        }
    }
}
