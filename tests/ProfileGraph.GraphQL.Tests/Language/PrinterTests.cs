using ProfileGraph.GraphQL.Language;
using static ProfileGraph.GraphQL.Tests.Language.AstAssert;

namespace ProfileGraph.GraphQL.Tests.Language;

/// <summary>
/// The printer, in graphql-js 16's <c>print</c> layout: round trips of the kitchen sinks, and exact output on
/// small inputs (cases from graphql-js's printer and printString tests; every expected text here is what
/// graphql-js 16.15 prints for the same source).
/// </summary>
public sealed class PrinterTests
{
    public static TheoryData<string> KitchenSinks() => ["kitchen-sink.graphql", "schema-kitchen-sink.graphql"];

    private static string Reprint(string source) => SyntaxPrinter.Print(Parse(source));

    [Theory]
    [MemberData(nameof(KitchenSinks))]
    public void ParsingThePrintedKitchenSinkGivesBackTheSameTree(string name)
    {
        var document = Parse(Resource(name));
        var printed = SyntaxPrinter.Print(document);
        StructurallyEqual(document, Parse(printed));
    }

    [Theory]
    [MemberData(nameof(KitchenSinks))]
    public void PrintingIsIdempotent(string name)
    {
        var printed = SyntaxPrinter.Print(Parse(Resource(name)));
        Assert.Equal(printed, SyntaxPrinter.Print(Parse(printed)));
    }

    [Fact]
    public void TheKitchenSinksCoverEveryKindOfNode()
    {
        var executable = Descendants(Parse(Resource("kitchen-sink.graphql"))).Select(n => n.Kind).ToHashSet();
        var typeSystem = Descendants(Parse(Resource("schema-kitchen-sink.graphql"))).Select(n => n.Kind).ToHashSet();

        // The executable kinds come first in SyntaxKind, the type system ones from SchemaDefinition on.
        Assert.Empty(Enum.GetValues<SyntaxKind>().Where(k => k < SyntaxKind.SchemaDefinition).Except(executable));
        Assert.Empty(Enum.GetValues<SyntaxKind>().Where(k => k >= SyntaxKind.SchemaDefinition).Except(typeSystem));
        Assert.DoesNotContain(executable, k => k >= SyntaxKind.SchemaDefinition);
        var constValues = new[]
        {
            SyntaxKind.IntValue, SyntaxKind.FloatValue, SyntaxKind.StringValue, SyntaxKind.BooleanValue, SyntaxKind.NullValue,
            SyntaxKind.EnumValue, SyntaxKind.ListValue, SyntaxKind.ObjectValue, SyntaxKind.ObjectField,
        };
        Assert.Empty(constValues.Except(typeSystem));
    }

    [Fact]
    public void TheKitchenSinkHasDescriptionsOnEveryExecutableDefinition()
    {
        var document = Parse(Resource("kitchen-sink.graphql"));
        Assert.Contains(document.Definitions, d => d is OperationDefinitionNode { Description: { Block: true } });
        Assert.Contains(document.Definitions, d => d is OperationDefinitionNode { Description: { Block: false } });
        Assert.Contains(document.Definitions, d => d is FragmentDefinitionNode { Description: not null });
        Assert.Contains(Descendants(document), n => n is VariableDefinitionNode { Description: { Block: false } });
        Assert.Contains(Descendants(document), n => n is VariableDefinitionNode { Description: { Block: true } });
    }

    [Fact]
    public void LocationsDoNotTakePartInTheRoundTrip()
    {
        var source = Resource("kitchen-sink.graphql");
        StructurallyEqual(Parse(source), Parse(source, new ParserOptions { NoLocations = true }));
    }

    [Fact]
    public void TheTreeComparerFindsAnyDifference()
    {
        var document = Parse("query Q($v: Int = 1) @d { a(x: [1, \"s\"]) ...F }");
        Assert.Null(FindDifference(document, Parse("query Q($v:Int=1)@d{a(x:[1 \"s\"]),...F}")));
        Assert.NotNull(FindDifference(document, Parse("query Q($v: Int = 2) @d { a(x: [1, \"s\"]) ...F }")));
        Assert.NotNull(FindDifference(document, Parse("query Q($v: Int = 1) @d { a(x: [1, \"t\"]) ...F }")));
        Assert.NotNull(FindDifference(document, Parse("query Q($v: Int = 1) @d { a(x: [1, \"\"\"s\"\"\"]) ...F }")));
        Assert.NotNull(FindDifference(document, Parse("query Q($v: Int = 1) @d { a(x: [1]) ...F }")));
        Assert.NotNull(FindDifference(document, Parse("query Q($v: Int = 1) @d { a(x: [1, \"s\"]) ...G }")));
        Assert.NotNull(FindDifference(document, Parse("query Q($v: Int = 1) { a(x: [1, \"s\"]) ...F }")));
        Assert.NotNull(FindDifference(document, Parse("mutation Q($v: Int = 1) @d { a(x: [1, \"s\"]) ...F }")));
        Assert.NotNull(FindDifference(document, Parse("query Q($v: Int = 1.0) @d { a(x: [1, \"s\"]) ...F }")));
        Assert.NotNull(FindDifference(document, Parse("\"d\" query Q($v: Int = 1) @d { a(x: [1, \"s\"]) ...F }")));
        Assert.NotNull(FindDifference(Parse("type T implements A"), Parse("type T implements B")));
        Assert.NotNull(FindDifference(Parse("directive @d on FIELD"), Parse("directive @d repeatable on FIELD")));
        Assert.Contains(".Definitions[0].SelectionSet.Selections[1].Name.Value", FindDifference(document, Parse("query Q($v: Int = 1) @d { a(x: [1, \"s\"]) ...G }")), StringComparison.Ordinal);
    }

    [Fact]
    public void PrintsAMinimalTree()
    {
        var field = new FieldNode(null, null, new NameNode(null, "foo"), [], [], null);
        Assert.Equal("foo", SyntaxPrinter.Print(field));
        Assert.Equal("foo", field.ToString());
    }

    [Fact]
    public void PrintsQueryShorthand()
    {
        Assert.Equal("{\n  id\n  name\n}", Reprint("query { id, name }"));
        Assert.Equal("{\n  a\n}", Reprint("{ a }"));
    }

    [Fact]
    public void PrintsAnonymousOperationsWithVariablesOrDirectivesInFull()
    {
        Assert.Equal("query ($foo: TestType) @testDirective {\n  id\n  name\n}", Reprint("query ($foo: TestType) @testDirective { id, name }"));
        Assert.Equal("query @d {\n  a\n}", Reprint("query @d { a }"));
        Assert.Equal("mutation {\n  id\n  name\n}", Reprint("mutation { id, name }"));
        Assert.Equal("subscription {\n  a\n}", Reprint("subscription { a }"));
        Assert.Equal("query Q {\n  a\n}", Reprint("query Q { a }"));
    }

    [Fact]
    public void PrintsVariableDirectivesAndDefaults() =>
        Assert.Equal(
            "query ($foo: TestType = {a: 123} @testDirective(if: true) @test) {\n  id\n}",
            Reprint("query ($foo: TestType = { a: 123 } @testDirective(if: true) @test) { id }"));

    [Fact]
    public void KeepsArgumentsOnOneLineWhenTheLineIsShort() =>
        Assert.Equal(
            "{\n  trip(wheelchair: false, arriveBy: false) {\n    dateTime\n  }\n}",
            Reprint("{trip(wheelchair:false arriveBy:false){dateTime}}"));

    [Fact]
    public void PutsArgumentsOnSeveralLinesWhenTheLineIsLong() =>
        Assert.Equal(
            """
            {
              trip(
                wheelchair: false
                arriveBy: false
                includePlannedCancellations: true
                transitDistanceReluctance: 2000
              ) {
                dateTime
              }
            }
            """,
            Reprint("{trip(wheelchair:false arriveBy:false includePlannedCancellations:true transitDistanceReluctance:2000){dateTime}}"));

    [Fact]
    public void WrapsArgumentsPastEightyCharactersCountingNameAliasAndParentheses()
    {
        // graphql-js wraps when prefix + arguments + 2 exceed 80, whatever the indentation or directives.
        var fits = "f(a: \"" + new string('x', 72) + "\")";
        Assert.Equal(80, fits.Length);
        Assert.Equal("{\n  " + fits + "\n}", Reprint("{" + fits + "}"));

        var tooLong = "f(a: \"" + new string('x', 73) + "\")";
        Assert.Equal("{\n  f(\n    a: \"" + new string('x', 73) + "\"\n  )\n}", Reprint("{" + tooLong + "}"));

        Assert.Equal(
            "{\n  aVeryLongAliasNameThatTakesSpace: aVeryLongFieldNameThatTakesSpace(\n    argumentOne: 1\n    argTwo: 2\n  )\n}",
            Reprint("{ aVeryLongAliasNameThatTakesSpace: aVeryLongFieldNameThatTakesSpace(argumentOne: 1, argTwo: 2) }"));
        Assert.Equal(
            "{\n  a {\n    b {\n      c(x: \"" + new string('x', 65) + "\")\n    }\n  }\n}",
            Reprint("{ a { b { c(x: \"" + new string('x', 65) + "\") } } }"));
    }

    [Fact]
    public void NeverWrapsDirectiveArguments() =>
        Assert.Equal(
            "{\n  f(a: 1, b: 2) @d(a: 1234567890, b: 1234567890, c: 1234567890, d: 1234567890, e: 1234567890)\n}",
            Reprint("{ f(a: 1, b: 2) @d(a: 1234567890, b: 1234567890, c: 1234567890, d: 1234567890, e: 1234567890) }"));

    [Fact]
    public void IndentsBlockStringsWithTheirField() =>
        Assert.Equal(
            "{\n  a(x: \"\"\"\n  multi\n    line\n  \"\"\") {\n    b(y: \"\"\"one\"\"\")\n  }\n}",
            Reprint("{ a(x: \"\"\"\n  multi\n    line\n  \"\"\") { b(y: \"\"\"one\"\"\") } }"));

    [Fact]
    public void PrintsDescriptionsOnExecutableDefinitions() =>
        Assert.Equal(
            """"
            "op desc"
            query Q(
            "v"
            $v: Int = 1 @d
            $w: [W!]!
            ) @q {
              ...F @s
              ... on T @i {
                x
              }
              ... @j {
                y
              }
              ... {
                z
              }
            }

            """
            frag
            desc
            """
            fragment F on T @f {
              alias: field
            }
            """",
            Reprint("\"op desc\" query Q(\"v\" $v: Int = 1 @d, $w: [W!]!) @q { ...F @s ... on T @i { x } ... @j { y } ... { z } } \"\"\"frag\ndesc\"\"\" fragment F on T @f { alias: field }"));

    [Fact]
    public void PrintsEveryTypeSystemDefinitionAndExtension() =>
        Assert.Equal(
            """"
            type T implements A & B @d {
              "f"
              f(
                a: Int = 1
                """b"""
                b: String
              ): [T!]! @x
            }

            extend type T implements C @e

            interface I implements J {
              f: Int
            }

            union U @u = A | B

            enum E @e {
              A
              "b"
              B @d
            }

            input In @i {
              a: Int = 1 @d
              b: [In!]
            }

            scalar S @s

            schema @s {
              query: Q
              mutation: M
            }

            extend schema @t

            "d"
            directive @d(a: Int) repeatable on FIELD | OBJECT

            extend scalar S @t

            extend interface I @t

            extend union U = C

            extend enum E {
              C
            }

            extend input In {
              c: Int
            }
            """",
            Reprint(
                "type T implements A & B @d { \"f\" f(a: Int = 1, \"\"\"b\"\"\" b: String): [T!]! @x }\nextend type T implements C @e\n" +
                "interface I implements J { f: Int }\nunion U @u = A | B\nenum E @e { A \"b\" B @d }\ninput In @i { a: Int = 1 @d, b: [In!] }\n" +
                "scalar S @s\nschema @s { query: Q mutation: M }\nextend schema @t\n\"d\" directive @d(a: Int) repeatable on FIELD | OBJECT\n" +
                "extend scalar S @t\nextend interface I @t\nextend union U = C\nextend enum E { C }\nextend input In { c: Int }"));

    [Fact]
    public void PrintsBlockStringDescriptions()
    {
        Assert.Equal(
            "type T {\n  f(\n    \"\"\"\n    block\n    desc\n    \"\"\"\n    a: Int\n    b: Int\n  ): Int\n}",
            Reprint("type T { f(\"\"\"block\ndesc\"\"\" a: Int, b: Int): Int }"));
        Assert.Equal("\"\"\"  leading space and \"quote\" at the end\"\"\"\nscalar S", Reprint("\"\"\"  leading space and \"quote\" at the end\"\"\" scalar S"));
        Assert.Equal("\"\"\"\nHello,\n  World!\n\"\"\"\nscalar S", Reprint("\"\"\"\n    Hello,\n      World!\n  \"\"\"\nscalar S"));
    }

    [Fact]
    public void PrintsStringsWithGraphQLJsEscapes()
    {
        Assert.Equal(
            "{\n  a(s: \"\\u0000 \\u001F \\u007F \\u009F \u00A0 \\\\ \\\" / \\b\\f\\n\\r\\t é \U0001F600\")\n}",
            Reprint("{ a(s: \"\\u0000 \\u001F \\u007F \\u009F \\u00A0 \\\\ \\\" \\/ \\b\\f\\n\\r\\t é \\u{1F600}\") }"));
    }

    [Theory]
    [InlineData("hello world", "\"hello world\"")]
    [InlineData("\"hello world\"", "\"\\\"hello world\\\"\"")]
    [InlineData("who's test", "\"who's test\"")]
    [InlineData("escape: \\", "\"escape: \\\\\"")]
    [InlineData("\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\"")]
    [InlineData("\0", "\"\\u0000\"")]
    [InlineData(" ", "\" \"")]
    [InlineData("\u21BB", "\"\u21BB\"")]
    [InlineData("\U0001F600", "\"\U0001F600\"")]
    [InlineData("/", "\"/\"")]
    public void PrintStringEscapesLikeGraphQLJs(string value, string printed) => Assert.Equal(printed, SyntaxPrinter.PrintString(value));

    [Fact]
    public void PrintStringEscapesEveryControlCharacter()
    {
        var controls = string.Concat(Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c));
        const string expected =
            "\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007" +
            "\\b\\t\\n\\u000B\\f\\r\\u000E\\u000F" +
            "\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017" +
            "\\u0018\\u0019\\u001A\\u001B\\u001C\\u001D\\u001E\\u001F" +
            "\\u007F\\u0080\\u0081\\u0082\\u0083\\u0084\\u0085\\u0086\\u0087" +
            "\\u0088\\u0089\\u008A\\u008B\\u008C\\u008D\\u008E\\u008F" +
            "\\u0090\\u0091\\u0092\\u0093\\u0094\\u0095\\u0096\\u0097" +
            "\\u0098\\u0099\\u009A\\u009B\\u009C\\u009D\\u009E\\u009F\"";
        Assert.Equal(expected, SyntaxPrinter.PrintString(controls));
    }

    [Fact]
    public void PrintedStringsParseBackToTheirValue()
    {
        var value = string.Concat(Enumerable.Range(0, 0x200).Select(c => (char)c)) + "\U0001F600\uFFFF";
        var printed = SyntaxPrinter.PrintString(value);
        Assert.Equal(value, Assert.IsType<StringValueNode>(Utf8GraphQLParser.ParseValue(printed)).Value);
    }

    [Fact]
    public void PrintsValuesAndTypesOnTheirOwn()
    {
        Assert.Equal("{a: [1, 2.5, \"s\", ENUM, null, true, false, $v], b: {}}", SyntaxPrinter.Print(Utf8GraphQLParser.ParseValue("{a:[1 2.5 \"s\" ENUM null true false $v] b:{}}")));
        Assert.Equal("[[Int!]]!", SyntaxPrinter.Print(Utf8GraphQLParser.ParseType("[ [ Int ! ] ] !")));
        Assert.Equal("\"\"\"block\"\"\"", SyntaxPrinter.Print(Utf8GraphQLParser.ParseValue("\"\"\"block\"\"\"")));
    }

    [Fact]
    public void PrintsOperationKeywords()
    {
        Assert.Equal("query", SyntaxPrinter.OperationKeyword(OperationType.Query));
        Assert.Equal("mutation", SyntaxPrinter.OperationKeyword(OperationType.Mutation));
        Assert.Equal("subscription", SyntaxPrinter.OperationKeyword(OperationType.Subscription));
    }

    [Fact]
    public void RejectsNodesItDoesNotKnow() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntaxPrinter.Print(new UnknownNode()));

    private sealed record UnknownNode() : SyntaxNode((Location?)null)
    {
        public override SyntaxKind Kind => (SyntaxKind)999;

        public override IEnumerable<SyntaxNode> GetChildren() => [];
    }
}
