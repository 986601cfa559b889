using System.Text;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Tests.Language;

/// <summary>
/// The lexer (spec §2.1), modelled on graphql-js's lexer tests. Offsets are UTF-8 bytes, where graphql-js counts
/// UTF-16 units; lines and columns (UTF-16 units) agree with graphql-js everywhere.
/// </summary>
public sealed class LexerTests
{
    internal sealed record Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value);

    /// <summary>All tokens of a source, the end of file last.</summary>
    internal static List<Token> Lex(string source) => Lex(Encoding.UTF8.GetBytes(source));

    internal static List<Token> Lex(byte[] source, int maxTokens = int.MaxValue)
    {
        var tokens = new List<Token>();
        var reader = new Utf8GraphQLReader(source, maxTokens);
        while (true)
        {
            var more = reader.Read();
            string? value = reader.Kind switch
            {
                TokenKind.Name => reader.GetName(),
                TokenKind.Int or TokenKind.Float => Encoding.UTF8.GetString(reader.Value),
                TokenKind.String or TokenKind.BlockString => reader.GetString(),
                _ => null,
            };
            tokens.Add(new Token(reader.Kind, reader.Start, reader.End, reader.Line, reader.Column, value));
            if (!more)
            {
                return tokens;
            }
        }
    }

    internal static Token LexOne(string source) => Lex(source)[0];

    internal static GraphQLSyntaxError LexError(string source) => Assert.Throws<GraphQLSyntaxError>(() => Lex(source));

    internal static GraphQLSyntaxError LexError(byte[] source) => Assert.Throws<GraphQLSyntaxError>(() => Lex(source));

    [Fact]
    public void StartsBeforeTheFirstTokenAndStaysAtTheEnd()
    {
        var reader = new Utf8GraphQLReader("a"u8);
        Assert.Equal(TokenKind.StartOfFile, reader.Kind);
        Assert.True(reader.Read());
        Assert.Equal((TokenKind.Name, "a"), (reader.Kind, reader.GetName()));
        Assert.False(reader.Read());
        Assert.Equal(TokenKind.EndOfFile, reader.Kind);
        Assert.Equal((1, 1), (reader.Start, reader.End));
        Assert.False(reader.Read());
        Assert.Equal(TokenKind.EndOfFile, reader.Kind);
    }

    [Fact]
    public void AnEmptySourceIsOnlyTheEndOfFile()
    {
        Assert.Equal([new Token(TokenKind.EndOfFile, 0, 0, 1, 1, null)], Lex(""));
        Assert.Equal([new Token(TokenKind.EndOfFile, 8, 8, 2, 3, null)], Lex(" ,\t#x\n ,"));
    }

    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Ampersand)]
    [InlineData("(", TokenKind.LeftParenthesis)]
    [InlineData(")", TokenKind.RightParenthesis)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.Equals)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.LeftBracket)]
    [InlineData("]", TokenKind.RightBracket)]
    [InlineData("{", TokenKind.LeftBrace)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.RightBrace)]
    public void LexesEveryPunctuator(string source, TokenKind kind) =>
        Assert.Equal(new Token(kind, 0, source.Length, 1, 1, null), LexOne(source));

    [Fact]
    public void LexesEveryTokenKindInOneSource()
    {
        var tokens = Lex("! $ & ( ) ... : = @ [ ] { | } name -12 3.5e1 \"s\" \"\"\"b\"\"\"");
        Assert.Equal(
            [
                TokenKind.Bang, TokenKind.Dollar, TokenKind.Ampersand, TokenKind.LeftParenthesis, TokenKind.RightParenthesis,
                TokenKind.Spread, TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.LeftBracket, TokenKind.RightBracket,
                TokenKind.LeftBrace, TokenKind.Pipe, TokenKind.RightBrace, TokenKind.Name, TokenKind.Int, TokenKind.Float,
                TokenKind.String, TokenKind.BlockString, TokenKind.EndOfFile,
            ],
            tokens.Select(t => t.Kind));
        Assert.Equal(["name", "-12", "3.5e1", "s", "b"], tokens.Where(t => t.Value is not null).Select(t => t.Value));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("_")]
    [InlineData("__typename")]
    [InlineData("Zz09_")]
    [InlineData("camelCase123")]
    public void LexesNames(string name) => Assert.Equal(new Token(TokenKind.Name, 0, name.Length, 1, 1, name), LexOne(name));

    [Fact]
    public void SplitsNamesAtTheFirstNonNameCharacter()
    {
        Assert.Equal(
            [new Token(TokenKind.Name, 0, 1, 1, 1, "a"), new Token(TokenKind.Name, 2, 3, 1, 3, "b")],
            Lex("a b").Take(2));
        Assert.Equal(["a1", "_b", "c"], Lex("a1(_b:c)").Where(t => t.Kind == TokenKind.Name).Select(t => t.Value));

        // graphql-js: a dash starts a number, so a-b fails on the "b".
        var error = LexError("a-b");
        Assert.Equal("Syntax Error: Invalid number, expected digit but got: \"b\".", error.Message);
        Assert.Equal((1, 3), (error.Line, error.Column));
    }

    [Fact]
    public void IgnoresTheByteOrderMark()
    {
        // U+FEFF is three UTF-8 bytes but one UTF-16 unit: graphql-js reports start 2, column 3.
        Assert.Equal(new Token(TokenKind.Name, 4, 7, 1, 3, "foo"), LexOne("\uFEFF foo"));
        Assert.Equal(new Token(TokenKind.Name, 6, 9, 1, 3, "foo"), LexOne("\uFEFF\uFEFFfoo"));
        Assert.Equal([TokenKind.Name, TokenKind.Name, TokenKind.EndOfFile], Lex("a\uFEFFb").Select(t => t.Kind));
    }

    [Theory]
    [InlineData("foo", 0, 1, 1)]
    [InlineData("\nfoo", 1, 2, 1)]
    [InlineData("\rfoo", 1, 2, 1)]
    [InlineData("\r\nfoo", 2, 2, 1)]
    [InlineData("\n\rfoo", 2, 3, 1)]
    [InlineData("\r\r\n\nfoo", 4, 4, 1)]
    [InlineData("\n\n\r\rfoo", 4, 5, 1)]
    [InlineData("\n \r\n \r  foo\n", 8, 4, 3)]
    public void TracksLineBreaks(string source, int start, int line, int column) =>
        Assert.Equal(new Token(TokenKind.Name, start, start + 3, line, column, "foo"), LexOne(source));

    [Theory]
    [InlineData("\n\n    foo\n\n\n", 6)]
    [InlineData("\t\tfoo\t\t", 2)]
    [InlineData("\n    #comment\n    foo#comment\n", 18)]
    [InlineData(",,,foo,,,", 3)]
    [InlineData("# only a comment\r\nfoo", 18)]
    [InlineData("#\nfoo", 2)]
    public void SkipsWhiteSpaceCommasAndComments(string source, int start)
    {
        var tokens = Lex(source);
        Assert.Equal(2, tokens.Count);
        Assert.Equal((TokenKind.Name, start, start + 3, "foo"), (tokens[0].Kind, tokens[0].Start, tokens[0].End, tokens[0].Value));
    }

    [Fact]
    public void CommasAreInsignificant()
    {
        var withCommas = Lex("{ a, b,, c }").Select(t => (t.Kind, t.Value));
        var without = Lex("{ a  b   c }").Select(t => (t.Kind, t.Value));
        Assert.Equal(without, withCommas);
    }

    [Fact]
    public void CommentsRunToTheEndOfTheLineWhateverTheyHold()
    {
        var tokens = Lex("a # } \" \"\"\" é 😀 \u0007 \\\r\nb # last");
        Assert.Equal([("a", 1), ("b", 2)], tokens.Where(t => t.Kind == TokenKind.Name).Select(t => (t.Value, t.Line)));
        Assert.Equal(TokenKind.EndOfFile, tokens[^1].Kind);
    }

    [Theory]
    [InlineData("\"\"", 2, "")]
    [InlineData("\"simple\"", 8, "simple")]
    [InlineData("\" white space \"", 15, " white space ")]
    [InlineData("\"quote \\\"\"", 10, "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", 20, "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", 15, "slashes \\ /")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", 34, "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", 42, "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"string with unicode escape outside BMP \\u{1F600}\"", 50, "string with unicode escape outside BMP \U0001F600")]
    [InlineData("\"string with minimal unicode escape \\u{0}\"", 42, "string with minimal unicode escape \0")]
    [InlineData("\"string with maximal unicode escape \\u{10FFFF}\"", 47, "string with maximal unicode escape \U0010FFFF")]
    [InlineData("\"string with maximal minimal unicode escape \\u{00000000}\"", 57, "string with maximal minimal unicode escape \0")]
    [InlineData("\"string with unicode surrogate pair escape \\uD83D\\uDE00\"", 56, "string with unicode surrogate pair escape \U0001F600")]
    [InlineData("\"string with minimal surrogate pair escape \\uD800\\uDC00\"", 56, "string with minimal surrogate pair escape \U00010000")]
    [InlineData("\"string with maximal surrogate pair escape \\uDBFF\\uDFFF\"", 56, "string with maximal surrogate pair escape \U0010FFFF")]
    [InlineData("\"lower-case hex \\u00e9 \\u{1f600}\"", 33, "lower-case hex é \U0001F600")]
    [InlineData("\"unescaped control \u0001 and DEL \u007F\"", 31, "unescaped control \u0001 and DEL \u007F")]
    public void LexesStrings(string source, int end, string value) =>
        Assert.Equal(new Token(TokenKind.String, 0, end, 1, 1, value), LexOne(source));

    [Fact]
    public void LexesStringsWithUnescapedUnicode()
    {
        // U+1F600 takes four UTF-8 bytes (two UTF-16 units in graphql-js, which reports end 34 and 42).
        Assert.Equal(new Token(TokenKind.String, 0, 36, 1, 1, "unescaped unicode outside BMP \U0001F600"), LexOne("\"unescaped unicode outside BMP \U0001F600\""));
        Assert.Equal(new Token(TokenKind.String, 0, 44, 1, 1, "unescaped maximal unicode outside BMP \U0010FFFF"), LexOne("\"unescaped maximal unicode outside BMP \U0010FFFF\""));
        Assert.Equal("é 日本 \U0001F600", LexOne("\"é 日本 \U0001F600\"").Value);
    }

    [Fact]
    public void ExposesTheRawValueAndWhetherAStringHasEscapes()
    {
        var reader = new Utf8GraphQLReader("\"a\\nb\" \"plain\" 12.5e3 name"u8);
        reader.Read();
        Assert.True(reader.HasEscapes);
        Assert.Equal("a\\nb"u8.ToArray(), reader.Value.ToArray());
        Assert.Equal("a\nb", reader.GetString());
        reader.Read();
        Assert.False(reader.HasEscapes);
        Assert.Equal("plain", reader.GetString());
        reader.Read();
        Assert.Equal(TokenKind.Float, reader.Kind);
        Assert.Equal("12.5e3", reader.GetRawValue());
        reader.Read();
        Assert.Equal("name", reader.GetName());
        Assert.Same(reader.GetName(), reader.GetName());
    }

    [Theory]
    [InlineData("\"bad \\u{110000} esc\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 6)]
    [InlineData("\"bad \\u{D800} esc\"", "Invalid Unicode escape sequence: \"\\u{D800}\".", 6)]
    [InlineData("\"bad \\uD83D esc\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 6)]
    [InlineData("\"bad \\uDE00\\uD83D esc\"", "Invalid Unicode escape sequence: \"\\uDE00\".", 6)]
    [InlineData("\"bad \\uD83D\\u0041 esc\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 6)]
    [InlineData("\"bad \\uD83D\\uD83D esc\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 6)]
    [InlineData("\"bad \\u12G4 esc\"", "Invalid Unicode escape sequence: \"\\u12G4\".", 6)]
    [InlineData("\"bad \\u{12G4} esc\"", "Invalid Unicode escape sequence: \"\\u{12G\".", 6)]
    [InlineData("\"bad \\x esc\"", "Invalid character escape sequence: \"\\x\".", 6)]
    public void RejectsInvalidEscapes(string source, string description, int column)
    {
        var error = LexError(source);
        Assert.Equal(description, error.Description);
        Assert.Equal((1, column), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", 6, "")]
    [InlineData("\"\"\"simple\"\"\"", 12, "simple")]
    [InlineData("\"\"\" white space \"\"\"", 19, " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", 22, "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", 32, "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", 16, "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", 28, "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", 32, "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", 19, "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", 68, "spans\n  multiple\n    lines")]
    [InlineData("\"\"\"\\\\\"\"\"\"\"\"", 11, "\\\"\"\"")]
    public void LexesBlockStrings(string source, int end, string value) =>
        Assert.Equal(new Token(TokenKind.BlockString, 0, end, 1, 1, value), LexOne(source));

    [Fact]
    public void AdvancesTheLineAfterAMultiLineBlockString()
    {
        // graphql-js: start 71 / line 8 / column 6, and start 37 / line 8 / column 2.
        var first = Lex("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \n \"\"\" second_token")[1];
        Assert.Equal(new Token(TokenKind.Name, 71, 83, 8, 6, "second_token"), first);

        var second = Lex("\"\"\" \nspans \r\nmultiple \n\rlines \n\n\"\"\"\n second_token")[1];
        Assert.Equal(new Token(TokenKind.Name, 37, 49, 8, 2, "second_token"), second);
    }

    [Fact]
    public void CountsColumnsInUtf16UnitsAfterMultiByteCharacters()
    {
        // é is 2 bytes and 1 unit, 日 3 bytes and 1 unit, U+1F600 4 bytes and 2 units (as JavaScript counts).
        var tokens = Lex("\"é日\U0001F600\" x");
        Assert.Equal(new Token(TokenKind.Name, 12, 13, 1, 8, "x"), tokens[1]);

        tokens = Lex("# é日\U0001F600\n  \"é\" # \U0001F600\n\t\"\"\"日\n\U0001F600\"\"\" y");
        Assert.Equal(new Token(TokenKind.String, 14, 18, 2, 3, "é"), tokens[0]);
        Assert.Equal(new Token(TokenKind.BlockString, 27, 41, 3, 2, "日\n\U0001F600"), tokens[1]);
        Assert.Equal(new Token(TokenKind.Name, 42, 43, 4, 7, "y"), tokens[2]);
    }

    [Fact]
    public void ScansLongStringsWholeAcrossMultiByteCharacters()
    {
        // Strings are scanned 16 bytes at a time: characters straddling those blocks still count as one unit or two.
        var content = new string('a', 15) + "é" + new string('b', 20) + "\U0001F600";
        var tokens = Lex($"\"{content}\" x");
        Assert.Equal(new Token(TokenKind.String, 0, 43, 1, 1, content), tokens[0]);
        Assert.Equal(new Token(TokenKind.Name, 44, 45, 1, 42, "x"), tokens[1]);

        tokens = Lex($"\"\"\"\n{content}\n{content}\"\"\" x");
        Assert.Equal(new Token(TokenKind.Name, 91, 92, 3, 43, "x"), tokens[1]);

        var error = LexError(Encoding.UTF8.GetBytes($"\"{new string('a', 20)}").Concat(new byte[] { 0xC3, 0x28, (byte)'"' }).ToArray());
        Assert.Equal(("Invalid character within String: invalid UTF-8 byte 0xC3.", 1, 22), (error.Description, error.Line, error.Column));
    }

    [Fact]
    public void ColumnsOfErrorsAfterMultiByteCharactersAgreeWithGraphQLJs()
    {
        // graphql-js reports these at columns 5, 6, 2:2, 3:6 and 1:14 respectively.
        Assert.Equal((1, 5), Position(LexError("\"é\" ~")));
        Assert.Equal((1, 6), Position(LexError("\"\U0001F600\" ~")));
        Assert.Equal((2, 2), Position(LexError("# é\U0001F600\n ~")));
        Assert.Equal((3, 6), Position(LexError("\"\"\"\né\U0001F600\n\"\"\"  ~")));
        Assert.Equal((1, 14), Position(LexError("\"a\\u{1F600}\" ~")));

        static (int, int) Position(GraphQLSyntaxError error) => (error.Line, error.Column);
    }

    [Fact]
    public void TracksLinesAcrossCarriageReturnsAndLineFeeds()
    {
        var tokens = Lex("a\r\nb\rc\nd\r\n\r\ne");
        Assert.Equal([(1, 1), (2, 1), (3, 1), (4, 1), (6, 1)], tokens.Where(t => t.Kind == TokenKind.Name).Select(t => (t.Line, t.Column)));
        Assert.Equal([0, 3, 5, 7, 12], tokens.Where(t => t.Kind == TokenKind.Name).Select(t => t.Start));
    }

    [Theory]
    [InlineData("4", TokenKind.Int)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("9", TokenKind.Int)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("1234567890123456789012345678901234567890", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-4.123", TokenKind.Float)]
    [InlineData("0.123", TokenKind.Float)]
    [InlineData("-0.0", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("123E4", TokenKind.Float)]
    [InlineData("123e-4", TokenKind.Float)]
    [InlineData("123e+4", TokenKind.Float)]
    [InlineData("-1.123e4", TokenKind.Float)]
    [InlineData("-1.123E4", TokenKind.Float)]
    [InlineData("-1.123e-4", TokenKind.Float)]
    [InlineData("-1.123e+4", TokenKind.Float)]
    [InlineData("-1.123e4567", TokenKind.Float)]
    [InlineData("1.5e+10", TokenKind.Float)]
    [InlineData("0e0", TokenKind.Float)]
    public void LexesNumbers(string source, TokenKind kind) =>
        Assert.Equal(new Token(kind, 0, source.Length, 1, 1, source), LexOne(source));

    [Fact]
    public void NumbersMayBeFollowedByPunctuatorsCommasAndWhiteSpace()
    {
        Assert.Equal(
            [(TokenKind.Int, "1"), (TokenKind.RightBracket, null), (TokenKind.Float, "2.5"), (TokenKind.Int, "-3"), (TokenKind.RightParenthesis, null), (TokenKind.Int, "4"), (TokenKind.EndOfFile, null)],
            Lex("1]2.5,-3)4\n").Select(t => (t.Kind, t.Value)));
    }

    [Theory]
    [InlineData("0x1", "Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("0xF1", "Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("0b10", "Invalid number, expected digit but got: \"b\".", 2)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1.)", "Invalid number, expected digit but got: \")\".", 3)]
    [InlineData(".5", "Unexpected character: \".\".", 1)]
    [InlineData(".123", "Unexpected character: \".\".", 1)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1E", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1e+", "Invalid number, expected digit but got: <EOF>.", 4)]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("01", "Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("01.23", "Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("-01", "Invalid number, unexpected digit after 0: \"1\".", 3)]
    [InlineData("-", "Invalid number, expected digit but got: <EOF>.", 2)]
    [InlineData("- 1", "Invalid number, expected digit but got: \" \".", 2)]
    [InlineData("-A", "Invalid number, expected digit but got: \"A\".", 2)]
    [InlineData("+1", "Unexpected character: \"+\".", 1)]
    [InlineData("1.e1", "Invalid number, expected digit but got: \"e\".", 3)]
    [InlineData("1.A", "Invalid number, expected digit but got: \"A\".", 3)]
    [InlineData("1.0e", "Invalid number, expected digit but got: <EOF>.", 5)]
    [InlineData("1.0eA", "Invalid number, expected digit but got: \"A\".", 5)]
    [InlineData("1.0e\"", "Invalid number, expected digit but got: '\"'.", 5)]
    [InlineData("1.2e3e", "Invalid number, expected digit but got: \"e\".", 6)]
    [InlineData("1.2e3.4", "Invalid number, expected digit but got: \".\".", 6)]
    [InlineData("1.23.4", "Invalid number, expected digit but got: \".\".", 5)]
    [InlineData("123abc", "Invalid number, expected digit but got: \"a\".", 4)]
    [InlineData("1_234", "Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("1.23f", "Invalid number, expected digit but got: \"f\".", 5)]
    [InlineData("1.234_5", "Invalid number, expected digit but got: \"_\".", 6)]
    [InlineData("1\u00DF", "Unexpected character: U+00DF.", 2)]
    public void RejectsNumbersBreakingTheLookaheadRules(string source, string description, int column)
    {
        var error = LexError(source);
        Assert.Equal(description, error.Description);
        Assert.Equal((1, column), (error.Line, error.Column));
    }

    [Fact]
    public void CountsTokensAndStopsAtTheLimit()
    {
        Assert.Equal(4, Lex("{ a b }"u8.ToArray(), maxTokens: 4).Count - 1);
        var error = Assert.Throws<GraphQLSyntaxError>(() => Lex("{ a b c }"u8.ToArray(), maxTokens: 4));
        Assert.Equal("Syntax Error: Document contains more that 4 tokens. Parsing aborted.", error.Message);
        Assert.Equal((8, 1, 9), (error.Position, error.Line, error.Column));
    }

    [Fact]
    public void ReportsTheByteOffsetOfErrors()
    {
        // Position counts UTF-8 bytes: "é" is two of them, so the ~ after "\"é\" " is at byte 5, column 5.
        var error = LexError("\"é\" ~");
        Assert.Equal((5, 1, 5), (error.Position, error.Line, error.Column));
        error = LexError("日本 ~");
        Assert.Equal((0, 1, 1), (error.Position, error.Line, error.Column));
        error = LexError("\"日本\"\n ~");
        Assert.Equal((10, 2, 2), (error.Position, error.Line, error.Column));
    }
}
