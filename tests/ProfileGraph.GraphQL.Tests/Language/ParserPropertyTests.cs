using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ProfileGraph.GraphQL.Language;
using static ProfileGraph.GraphQL.Tests.Language.AstAssert;

namespace ProfileGraph.GraphQL.Tests.Language;

/// <summary>
/// Whatever the input, the parser answers with a document or a <see cref="GraphQLSyntaxError"/>, never any other
/// exception; and what it does parse prints back to the same tree. Cases come from FsCheck with a fixed seed
/// (see <see cref="PropertyConfig"/>), so a failure is reported with its counterexample and replays on every run.
/// </summary>
public sealed class ParserPropertyTests
{
    private const int Tests = 1000;

    // Tokens and fragments of tokens that steer random input into the parser's deeper productions.
    private static readonly string[] Pieces =
    [
        "{", "}", "(", ")", "[", "]", ":", "=", "@", "$", "!", "&", "|", "...", "..", ".", ",", " ", "\n", "\r\n", "\t", "#c\n",
        "query", "mutation", "subscription", "fragment", "on", "schema", "scalar", "type", "interface", "union", "enum", "input",
        "directive", "extend", "implements", "repeatable", "true", "false", "null", "FIELD", "QUERY", "a", "B", "_c",
        "0", "-1", "1.5", "2e3", "-0.1E-2", "01", "1.", "\"s\"", "\"", "\"\"\"", "\"\"\"b\"\"\"", "\\", "\\u", "\\u{", "\\\"\"\"", "\"\\u00e9\"",
        "é", "\U0001F600", "\uFEFF", "'",
    ];

    private static readonly byte[] Interesting = Encoding.UTF8.GetBytes("{}()[]:=@$!&|.\"\\#,\n\r\t aZ_09-+eE'\u00e9");

    private static readonly string[] KitchenSinks = [Resource("kitchen-sink.graphql"), Resource("schema-kitchen-sink.graphql")];

    private static Gen<byte> AnyByte => Gen.Choose(0, 255).Select(b => (byte)b);

    private static Gen<string> Soup =>
        Gen.ListOf(Gen.Elements(Pieces)).Select(pieces => string.Concat(pieces));

    /// <summary>Random bytes, biased towards the ones GraphQL gives a meaning to.</summary>
    [Fact]
    public void RandomBytesParseOrFailWithASyntaxError()
    {
        var bytes = Gen.ArrayOf(Gen.Frequency(
            (3, AnyByte),
            (6, Gen.Elements(Interesting)),
            (1, Gen.Elements<byte>(0xC3, 0xA9, 0xED, 0xA0, 0x80, 0xF0, 0x9F, 0x98, 0xEF, 0xBB, 0xBF, 0xFF))));
        Prop.ForAll(bytes.ToArbitrary(), source => ParsesOrFailsCleanly(source))
            .Check(PropertyConfig.Replayable(Tests));
    }

    [Fact]
    public void RandomTokenSoupParsesOrFailsWithASyntaxError() =>
        Prop.ForAll(Soup.ToArbitrary(), source => ParsesOrFailsCleanly(source) && ParsesOrFailsCleanly(Encoding.UTF8.GetBytes(source)))
            .Check(PropertyConfig.Replayable(Tests));

    /// <summary>Random UTF-16 strings, lone surrogates included, through the string overloads.</summary>
    [Fact]
    public void RandomStringsParseOrFailWithASyntaxError()
    {
        var piece = Gen.Frequency(
            (5, Gen.Elements(Pieces)),
            (2, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())),
            (1, Gen.Choose(0xD800, 0xDFFF).Select(c => ((char)c).ToString())),
            (1, Gen.Constant("\uD83D\uDE00")));
        var strings = Gen.ListOf(piece).Select(pieces => string.Concat(pieces));
        Prop.ForAll(strings.ToArbitrary(), source =>
                ParsesOrFailsCleanly(source)
                && FailsCleanly(s => Utf8GraphQLParser.ParseValue(s), source)
                && FailsCleanly(s => Utf8GraphQLParser.ParseConstValue(s), source)
                && FailsCleanly(s => Utf8GraphQLParser.ParseType(s), source))
            .Check(PropertyConfig.Replayable(Tests));
    }

    [Fact]
    public void TheReaderEndsEveryByteSequenceWithEndOfFileOrASyntaxError()
    {
        var bytes = Gen.ArrayOf(Gen.Frequency((1, AnyByte), (3, Gen.Elements(Interesting))));
        Prop.ForAll(bytes.ToArbitrary(), source =>
            {
                try
                {
                    var tokens = LexerTests.Lex(source);
                    return tokens[^1].Kind == TokenKind.EndOfFile
                        && tokens.Zip(tokens.Skip(1)).All(pair => pair.First.End <= pair.Second.Start)
                        && tokens.All(t => t.Line >= 1 && t.Column >= 1 && t.Start <= t.End && t.End <= source.Length);
                }
                catch (GraphQLSyntaxError error)
                {
                    return WellFormed(error, source.Length);
                }
            })
            .Check(PropertyConfig.Replayable(Tests));
    }

    /// <summary>Byte and token edits of the kitchen sinks: near-valid documents reach every error path.</summary>
    [Fact]
    public void MutatedKitchenSinksParseOrFailWithASyntaxError()
    {
        var sources = KitchenSinks.Select(Encoding.UTF8.GetBytes).ToArray();
        var tokens = KitchenSinks.Select(TokenRanges).ToArray();
        var mutation = Gen.Choose(0, 7).SelectMany(
            kind => Gen.Choose(0, 1 << 20).SelectMany(
                at => Gen.Choose(1, 24).SelectMany(
                    length => Gen.Choose(0, 1 << 20).SelectMany(
                        other => AnyByte.SelectMany(
                            value => Gen.Elements(Pieces).Select(piece => new Mutation(kind, at, length, other, value, piece)))))));
        var plan = Gen.Choose(0, 1).SelectMany(document => Gen.Choose(1, 6).SelectMany(
            count => Gen.ListOf(mutation, count).Select(edits => (Document: document, Edits: edits.ToArray()))));

        Prop.ForAll(plan.ToArbitrary(), p =>
            {
                var source = p.Edits.Aggregate(sources[p.Document], (bytes, edit) => edit.Apply(bytes, tokens[p.Document]));
                return ParsesOrFailsCleanly(source);
            })
            .Check(PropertyConfig.Replayable(Tests));
    }

    [Fact]
    public void KitchenSinksWithATokenRemovedParseOrFailWithASyntaxError()
    {
        // Exhaustive rather than random: every single-token deletion of both kitchen sinks.
        var failures = 0;
        var total = 0;
        foreach (var sink in KitchenSinks)
        {
            var bytes = Encoding.UTF8.GetBytes(sink);
            foreach (var (start, end) in TokenRanges(sink))
            {
                total++;
                var source = bytes[..start].Concat(bytes[end..]).ToArray();
                try
                {
                    RoundTrips(Utf8GraphQLParser.Parse(source));
                }
                catch (GraphQLSyntaxError error)
                {
                    Assert.True(WellFormed(error, source.Length), error.Message);
                    failures++;
                }
            }
        }

        Assert.InRange(failures, 1, total - 1);
    }

    [Fact]
    public void GeneratedDocumentsRoundTripThroughThePrinter()
    {
        Prop.ForAll(Documents.Generator().ToArbitrary(), source =>
            {
                var document = Parse(source);
                RoundTrips(document);
                return true;
            })
            .Check(PropertyConfig.Replayable(Tests));
    }

    [Fact]
    public void ParsesConcurrentlyToTheSameTrees()
    {
        // The name cache and the pooled buffers are shared between threads.
        var expected = KitchenSinks.Select(sink => Parse(sink)).ToArray();
        var printed = expected.Select(SyntaxPrinter.Print).ToArray();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 200, i =>
        {
            var index = i % KitchenSinks.Length;
            var document = i % 3 == 0 ? Utf8GraphQLParser.Parse(Encoding.UTF8.GetBytes(KitchenSinks[index])) : Parse(KitchenSinks[index]);
            var difference = FindDifference(expected[index], document);
            if (difference is not null || SyntaxPrinter.Print(document) != printed[index])
            {
                failures.Add(difference ?? "printed differently");
            }
        });
        Assert.Empty(failures);
    }

    private static bool ParsesOrFailsCleanly(string source) =>
        FailsCleanly(s => Utf8GraphQLParser.Parse(s), source);

    private static bool ParsesOrFailsCleanly(byte[] source)
    {
        DocumentNode document;
        try
        {
            document = Utf8GraphQLParser.Parse(source);
        }
        catch (GraphQLSyntaxError error)
        {
            return WellFormed(error, source.Length);
        }

        RoundTrips(document);
        return true;
    }

    // Any exception but a syntax error escapes, which fails the property with that exception. What parses must
    // print to text that the same entry point parses back to the same tree.
    private static bool FailsCleanly(Func<string, SyntaxNode> parse, string source)
    {
        SyntaxNode node;
        try
        {
            node = parse(source);
        }
        catch (GraphQLSyntaxError error)
        {
            return WellFormed(error, Encoding.UTF8.GetByteCount(source));
        }

        if (node is DocumentNode document)
        {
            RoundTrips(document);
        }
        else
        {
            StructurallyEqual(node, parse(SyntaxPrinter.Print(node)));
        }

        return true;
    }

    private static bool WellFormed(GraphQLSyntaxError error, int length) =>
        error.Message.StartsWith("Syntax Error: ", StringComparison.Ordinal)
        && error.Message.EndsWith(error.Description, StringComparison.Ordinal)
        && error.Line >= 1 && error.Column >= 1 && error.Position >= 0 && error.Position <= length;

    // What parses prints back to the same tree, prints the same twice, and survives the visitor and an identity rewrite.
    private static void RoundTrips(DocumentNode document)
    {
        var printed = SyntaxPrinter.Print(document);
        var reparsed = Parse(printed);
        StructurallyEqual(document, reparsed);
        Assert.Equal(printed, SyntaxPrinter.Print(reparsed));
        var count = 0;
        Assert.True(new SyntaxVisitor().Enter<SyntaxNode>(_ => count++).Visit(document));
        Assert.Equal(Descendants(document).Count(), count);
        Assert.Same(document, new SyntaxRewriter().On<SyntaxNode>(node => node).Rewrite(document));
    }

    private static List<(int Start, int End)> TokenRanges(string source)
    {
        var ranges = new List<(int, int)>();
        var reader = new Utf8GraphQLReader(Encoding.UTF8.GetBytes(source));
        while (reader.Read())
        {
            ranges.Add((reader.Start, reader.End));
        }

        return ranges;
    }

    private sealed record Mutation(int Kind, int At, int Length, int Other, byte Value, string Piece)
    {
        public byte[] Apply(byte[] source, List<(int Start, int End)> tokens)
        {
            var at = source.Length == 0 ? 0 : At % source.Length;
            var end = Math.Min(source.Length, at + Length);
            var token = tokens[At % tokens.Count];
            var other = tokens[Other % tokens.Count];
            bool InBounds((int Start, int End) t) => t.End <= source.Length;
            return Kind switch
            {
                0 => [.. source[..at], Value, .. source[at..]],
                1 => [.. source[..at], .. source[end..]],
                2 when source.Length > 0 => [.. source[..at], Value, .. source[(at + 1)..]],
                3 => [.. source[..end], .. source[at..end], .. source[end..]],
                4 => [.. source[..at], .. Encoding.UTF8.GetBytes(Piece), .. source[at..]],
                5 when InBounds(token) => [.. source[..token.Start], .. source[token.End..]],
                6 when InBounds(token) => [.. source[..token.Start], .. Encoding.UTF8.GetBytes(Piece), .. source[token.End..]],
                7 when InBounds(token) && InBounds(other) => [.. source[..token.Start], .. source[other.Start..other.End], .. source[token.End..]],
                _ => source[..at],
            };
        }
    }

    /// <summary>Random valid documents, built from the grammar, to check printing on shapes no kitchen sink has.</summary>
    private static class Documents
    {
        private static readonly Gen<string> Name = Gen.Elements("a", "b", "on", "query", "true", "null", "Type", "_x1", "fragment", "extend");

        private static readonly Gen<string> FragmentName = Name.Where(n => n != "on");

        private static readonly Gen<string> Text =
            Few(Gen.Elements("a", " ", "\"", "\\", "\n", "\t", "é", "\U0001F600", "\u0001", "\u007F", "/", "\"\"\""), 0, 8).Select(string.Concat);

        private static readonly Gen<string> Description = Gen.Frequency(
            (3, Gen.Constant("")),
            (1, Text.Select(t => SyntaxPrinter.PrintString(t) + " ")),
            (1, Gen.Elements("\"\"\"block\"\"\" ", "\"\"\"\n  indented\n    more\n\"\"\" ", "\"\"\"  lead\"\"\" ", "\"\"\"a \\\"\"\" b\"\"\" ")));

        private static readonly Gen<string> Type = Gen.Elements("Int", "[Int]", "Int!", "[[Int!]]!", "[on]");

        private static Gen<string[]> Few(Gen<string> item, int min, int max) =>
            Gen.Choose(min, max).SelectMany(count => Gen.ListOf(item, count).Select(items => items.ToArray()));

        private static Gen<string> Optional(Gen<string> item) => Gen.Frequency((2, Gen.Constant("")), (1, item));

        private static Gen<string> Value(int depth, bool constant)
        {
            var scalars = Gen.OneOf(
                Gen.Elements("0", "-12", "3.5", "-1e10", "true", "false", "null", "ENUM", "on", "\"\"\"block\nstring\"\"\""),
                Text.Select(SyntaxPrinter.PrintString));
            var leaf = constant ? scalars : Gen.Frequency((4, scalars), (1, Name.Select(n => "$" + n)));
            if (depth == 0)
            {
                return leaf;
            }

            var list = Few(Value(depth - 1, constant), 0, 3).Select(values => "[" + string.Join(" ", values) + "]");
            var field = Name.SelectMany(n => Value(depth - 1, constant).Select(v => n + ": " + v));
            var obj = Few(field, 0, 3).Select(fields => "{" + string.Join(", ", fields) + "}");
            return Gen.Frequency((3, leaf), (1, list), (1, obj));
        }

        private static Gen<string> Arguments(bool constant) =>
            Optional(Few(Name.SelectMany(n => Value(2, constant).Select(v => n + ": " + v)), 1, 4).Select(args => "(" + string.Join(", ", args) + ")"));

        private static Gen<string> Directives(bool constant) =>
            Optional(Few(Name.SelectMany(n => Arguments(constant).Select(a => " @" + n + a)), 1, 2).Select(string.Concat));

        private static readonly Gen<string> InputValues =
            Optional(Few(
                    Description.SelectMany(d => Name.SelectMany(n => Type.SelectMany(t => Optional(Value(1, constant: true).Select(v => " = " + v))
                        .SelectMany(v => Directives(constant: true).Select(dir => d + n + ": " + t + v + dir))))),
                    1,
                    3)
                .Select(values => "(" + string.Join(", ", values) + ")"));

        private static Gen<string> SelectionSet(int depth)
        {
            var alias = Optional(Name.Select(n => n + ": "));
            var children = depth == 0 ? Gen.Constant("") : Optional(SelectionSet(depth - 1).Select(s => " " + s));
            var field = alias.SelectMany(a => Name.SelectMany(n => Arguments(constant: false).SelectMany(args => Directives(constant: false).SelectMany(
                dir => children.Select(c => a + n + args + dir + c)))));
            var spread = FragmentName.SelectMany(n => Directives(constant: false).Select(d => "..." + n + d));
            var inline = depth == 0
                ? spread
                : Gen.Elements("", " on T").SelectMany(condition => Directives(constant: false).SelectMany(
                    d => SelectionSet(depth - 1).Select(s => "..." + condition + d + " " + s)));
            return Few(Gen.Frequency((5, field), (1, spread), (1, inline)), 1, 4).Select(selections => "{ " + string.Join(" ", selections) + " }");
        }

        private static readonly Gen<string> VariableDefinitions =
            Optional(Few(
                    Description.SelectMany(d => Name.SelectMany(n => Type.SelectMany(t => Optional(Value(1, constant: true).Select(v => " = " + v))
                        .SelectMany(v => Directives(constant: true).Select(dir => d + "$" + n + ": " + t + v + dir))))),
                    1,
                    3)
                .Select(vars => "(" + string.Join(", ", vars) + ")"));

        private static readonly Gen<string> Operation =
            Gen.Elements("query", "mutation", "subscription").SelectMany(keyword => Description.SelectMany(description => Gen.Elements("", " Q", " query").SelectMany(
                name => VariableDefinitions.SelectMany(vars => Directives(constant: false).SelectMany(
                    directives => SelectionSet(3).Select(s => description + keyword + name + vars + directives + " " + s))))));

        private static readonly Gen<string> Fragment =
            Description.SelectMany(d => FragmentName.SelectMany(n => Directives(constant: false).SelectMany(
                dir => SelectionSet(2).Select(s => d + "fragment " + n + " on T" + dir + " " + s))));

        private static readonly Gen<string> TypeDefinition =
            Description.SelectMany(d => Name.SelectMany(n => Few(
                    Description.SelectMany(fd => Name.SelectMany(f => InputValues.SelectMany(args => Type.SelectMany(
                        t => Directives(constant: true).Select(dir => fd + f + args + ": " + t + dir))))),
                    1,
                    4)
                .Select(fields => d + "type " + n + " implements A & B { " + string.Join(" ", fields) + " }")));

        public static Gen<string> Generator() =>
            Few(Gen.Frequency((4, Operation), (2, Fragment), (1, SelectionSet(3)), (1, TypeDefinition)), 1, 4)
                .Select(definitions => string.Join("\n", definitions));
    }
}
