using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Tests.Language;

/// <summary>
/// Block strings: the spec's BlockStringValue algorithm (§2.9.4) and graphql-js's <c>printBlockString</c>,
/// with cases from graphql-js's blockString tests.
/// </summary>
public sealed class BlockStringTests
{
    private static string Dedent(params string[] lines) => BlockString.Dedent(Encoding.UTF8.GetBytes(string.Join("\n", lines)));

    private static string Lexed(string source)
    {
        var tokens = LexerTests.Lex(source);
        Assert.Equal(TokenKind.BlockString, tokens[0].Kind);
        Assert.Equal(TokenKind.EndOfFile, tokens[1].Kind);
        return tokens[0].Value!;
    }

    [Fact]
    public void MatchesTheSpecExample()
    {
        const string source = "\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"";
        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", Lexed(source));
    }

    [Fact]
    public void HandlesTheEmptyString()
    {
        Assert.Equal("", Dedent(""));
        Assert.Equal("", Lexed("\"\"\"\"\"\""));
        Assert.Equal("", Lexed("\"\"\"\n   \n\t\n\"\"\""));
    }

    [Fact]
    public void DoesNotDedentTheFirstLine()
    {
        Assert.Equal("  a", Dedent("  a"));
        Assert.Equal(" a\nb", Dedent(" a", "  b"));
    }

    [Fact]
    public void RemovesTheMinimalIndentation()
    {
        Assert.Equal("a\n b", Dedent("", " a", "  b"));
        Assert.Equal(" a\nb", Dedent("", "  a", " b"));
        Assert.Equal("  a\n b\nc", Dedent("", "  a", " b", "c"));
    }

    [Fact]
    public void CountsTabsAndSpacesAsOneCharacterEach()
    {
        Assert.Equal("a\n         b", Dedent("", "\ta", "          b"));
        Assert.Equal("a\n        b", Dedent("", "\t a", "          b"));
        Assert.Equal("a\n       b", Dedent("", " \t a", "          b"));
    }

    [Fact]
    public void IgnoresBlankLinesForTheIndentation()
    {
        Assert.Equal("a\n\nb", Dedent("a", "", " b"));
        Assert.Equal("a\n\nb", Dedent("a", " ", "  b"));
    }

    [Fact]
    public void RemovesUniformIndentation() =>
        Assert.Equal(
            "Hello,\n  World!\n\nYours,\n  GraphQL.",
            Dedent("", "    Hello,", "      World!", "", "    Yours,", "      GraphQL."));

    [Fact]
    public void RemovesEmptyLeadingAndTrailingLines() =>
        Assert.Equal(
            "Hello,\n  World!\n\nYours,\n  GraphQL.",
            Dedent("", "", "    Hello,", "      World!", "", "    Yours,", "      GraphQL.", "", ""));

    [Fact]
    public void RemovesBlankLeadingAndTrailingLines() =>
        Assert.Equal(
            "Hello,\n  World!\n\nYours,\n  GraphQL.",
            Dedent("  ", "        ", "    Hello,", "      World!", "", "    Yours,", "      GraphQL.", "        ", "  "));

    [Fact]
    public void RetainsTheIndentationOfTheFirstLine() =>
        Assert.Equal(
            "    Hello,\n  World!\n\nYours,\n  GraphQL.",
            Dedent("    Hello,", "      World!", "", "    Yours,", "      GraphQL."));

    [Fact]
    public void DoesNotAlterTrailingSpaces() =>
        Assert.Equal(
            "Hello,     \n  World!   \n           \nYours,     \n  GraphQL. ",
            Dedent("               ", "    Hello,     ", "      World!   ", "               ", "    Yours,     ", "      GraphQL. ", "               "));

    [Fact]
    public void NormalizesEveryLineTerminatorToLineFeed()
    {
        Assert.Equal("a\nb\nc\n\nd", Lexed("\"\"\"a\r\nb\rc\n\r\nd\"\"\""));
        Assert.Equal("x\ny", BlockString.Dedent("\r\n  x\r  y\r\n"u8));
    }

    [Fact]
    public void UnescapesOnlyEscapedTripleQuotes()
    {
        Assert.Equal("a \"\"\" b", Lexed("\"\"\"a \\\"\"\" b\"\"\""));
        Assert.Equal("\"\"\"\"\"\"", Lexed("\"\"\"\\\"\"\"\\\"\"\"\"\"\""));
        Assert.Equal("\\n \\u0041 \\\"\" \\", Lexed("\"\"\"\\n \\u0041 \\\"\" \\\n\"\"\""));
    }

    [Fact]
    public void EscapedTripleQuotesDoNotCountAsIndentation()
    {
        Assert.Equal("\"\"\"\n  a", Lexed("\"\"\"\n  \\\"\"\"\n    a\n\"\"\""));
    }

    [Fact]
    public void KeepsUnicodeAndCountsIndentationInCharactersNotBytes()
    {
        Assert.Equal("é\n 日本\n\U0001F600", Lexed("\"\"\"\n  é\n   日本\n  \U0001F600\n\"\"\""));
    }

    [Fact]
    public void PrintsWithoutEscapingCharacters()
    {
        const string value = "\" \\ / \b \f \n \r \t";
        Assert.Equal("\"\"\"\n" + value + "\n\"\"\"", BlockString.Print(value));
    }

    [Fact]
    public void PrintsOneLinersOnOneLine() => Assert.Equal("\"\"\"one liner\"\"\"", BlockString.Print("one liner"));

    [Fact]
    public void PrintsStringsEndingInTripleQuotesOnSeveralLines() =>
        Assert.Equal("\"\"\"\ntriple quotation \\\"\"\"\n\"\"\"", BlockString.Print("triple quotation \"\"\""));

    [Fact]
    public void PrintsASingleLineWithLeadingSpace() =>
        Assert.Equal("\"\"\"    space-led string\"\"\"", BlockString.Print("    space-led string"));

    [Fact]
    public void PrintsASingleLineWithLeadingSpaceAndTrailingQuote() =>
        Assert.Equal("\"\"\"    space-led value \"quoted string\"\n\"\"\"", BlockString.Print("    space-led value \"quoted string\""));

    [Fact]
    public void PrintsASingleLineWithTrailingBackslash() =>
        Assert.Equal("\"\"\"\nbackslash \\\n\"\"\"", BlockString.Print("backslash \\"));

    [Fact]
    public void PrintsMultipleLinesWithInternalIndent() =>
        Assert.Equal("\"\"\"\nno indent\n with indent\n\"\"\"", BlockString.Print("no indent\n with indent"));

    [Fact]
    public void PrintsAStringWithFirstLineIndentation() =>
        Assert.Equal(
            "\"\"\"\n    first  \n  line     \nindentation\n     string\n\"\"\"",
            BlockString.Print("    first  \n  line     \nindentation\n     string"));

    [Fact]
    public void PrintsLongSingleLinesOnSeveralLines()
    {
        var seventy = new string('x', 70);
        Assert.Equal("\"\"\"" + seventy + "\"\"\"", BlockString.Print(seventy));
        Assert.Equal("\"\"\"\n" + seventy + "x\n\"\"\"", BlockString.Print(seventy + "x"));
    }

    [Fact]
    public void ForcesALeadingNewLineWhenEveryLaterLineIsIndented() =>
        Assert.Equal("\"\"\"\nfirst\n  second\n\n  third\n\"\"\"", BlockString.Print("first\n  second\n\n  third"));

    /// <summary>Any value the lexer can make of a block string prints back to a block string with that value.</summary>
    [Fact]
    public void PrintingRoundTripsEveryLexedBlockString()
    {
        var pieces = Gen.Elements("a", "b", " ", "  ", "\t", "\n", "\r\n", "\r", "\"", "\\", "\\\"\"\"", "é", "\U0001F600", "x y");
        var raw = Gen.ListOf(pieces).Select(parts => string.Concat(parts));
        Prop.ForAll(raw.ToArbitrary(), content =>
            {
                List<LexerTests.Token> tokens;
                try
                {
                    tokens = LexerTests.Lex("\"\"\"" + content + "\"\"\"");
                }
                catch (GraphQLSyntaxError)
                {
                    return true; // e.g. the content ends in a quote and closes the string early
                }

                if (tokens.Count != 2)
                {
                    return true;
                }

                var value = tokens[0].Value!;
                var printed = BlockString.Print(value);
                return Lexed(printed) == value;
            })
            .Check(PropertyConfig.Replayable(maxTest: 1000));
    }
}
