using System.Text;
using ProfileGraph.GraphQL.Language;
using static ProfileGraph.GraphQL.Tests.Language.AstAssert;

namespace ProfileGraph.GraphQL.Tests.Language;

/// <summary>
/// Every kind of syntax error, with its exact message and location. Messages are graphql-js 16.15's, checked
/// against it case by case; only the invalid UTF-8 cases, which a JavaScript string cannot hold, are our own.
/// </summary>
public sealed class SyntaxErrorTests
{
    private static byte[] Bytes(params object[] parts) =>
        parts.SelectMany(p => p switch
        {
            string text => Encoding.UTF8.GetBytes(text),
            byte single => [single],
            byte[] many => many,
            _ => throw new ArgumentException("strings and bytes only", nameof(parts)),
        }).ToArray();

    [Fact]
    public void ExposesMessageDescriptionAndWhere()
    {
        var error = ParseError("{\n  a(b: 'x')\n}");
        Assert.Equal("Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", error.Message);
        Assert.Equal("Unexpected single quote character ('), did you mean to use a double quote (\")?", error.Description);
        Assert.Equal((2, 8, 9), (error.Line, error.Column, error.Position));
        Assert.IsAssignableFrom<Exception>(error);

        var constructed = new GraphQLSyntaxError("Oops.", 3, 2, 1);
        Assert.Equal(("Syntax Error: Oops.", "Oops.", 3, 2, 1), (constructed.Message, constructed.Description, constructed.Position, constructed.Line, constructed.Column));
    }

    [Theory]
    [InlineData("{ ? }", "Syntax Error: Unexpected character: \"?\".", 1, 3)]
    [InlineData("{ a ~ }", "Syntax Error: Unexpected character: \"~\".", 1, 5)]
    [InlineData("{ a .. }", "Syntax Error: Unexpected character: \".\".", 1, 5)]
    [InlineData("{ \u0007 }", "Syntax Error: Unexpected character: U+0007.", 1, 3)]
    [InlineData("{ \0 }", "Syntax Error: Unexpected character: U+0000.", 1, 3)]
    [InlineData("{ é }", "Syntax Error: Unexpected character: U+00E9.", 1, 3)]
    [InlineData("{ \u203B }", "Syntax Error: Unexpected character: U+203B.", 1, 3)]
    [InlineData("{ \U0001F600 }", "Syntax Error: Unexpected character: U+1F600.", 1, 3)]
    [InlineData("\n\n ~\n", "Syntax Error: Unexpected character: \"~\".", 3, 2)]
    [InlineData("{ a(b: \"x\") } \\", "Syntax Error: Unexpected character: \"\\\".", 1, 15)]
    public void ReportsUnexpectedCharacters(string source, string message, int line, int column) =>
        SyntaxError(source, message, line, column);

    [Theory]
    [InlineData("{ a(b: 'x') }", 1, 8)]
    [InlineData("'single quotes'", 1, 1)]
    [InlineData("{\r\n  a(b: 'x')\r\n}", 2, 8)]
    public void SuggestsDoubleQuotesForSingleQuotes(string source, int line, int column) =>
        SyntaxError(source, "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", line, column);

    [Theory]
    [InlineData("\"", 1, 2)]
    [InlineData("\"no end quote", 1, 14)]
    [InlineData("{ a(b: \"unterminated) }", 1, 24)]
    [InlineData("\"multi\nline\"", 1, 7)]
    [InlineData("\"multi\rline\"", 1, 7)]
    [InlineData("\"\"\"", 1, 4)]
    [InlineData("\"\"\"\"", 1, 5)]
    [InlineData("\"\"\"no end quote", 1, 16)]
    [InlineData("\"\"\"\nspans\nlines \\\"\"\"", 3, 11)]
    [InlineData("\"é\U0001F600", 1, 5)]
    public void ReportsUnterminatedStrings(string source, int line, int column) =>
        SyntaxError(source, "Syntax Error: Unterminated string.", line, column);

    [Theory]
    [InlineData("\"bad \\z esc\"", "Invalid character escape sequence: \"\\z\".", 6)]
    [InlineData("\"bad \\x esc\"", "Invalid character escape sequence: \"\\x\".", 6)]
    [InlineData("\"bad \\", "Invalid character escape sequence: \"\\\".", 6)]
    [InlineData("\"bad \\é\"", "Invalid character escape sequence: \"\\é\".", 6)]
    [InlineData("\"bad \\u1 esc\"", "Invalid Unicode escape sequence: \"\\u1 es\".", 6)]
    [InlineData("\"bad \\u0XX1 esc\"", "Invalid Unicode escape sequence: \"\\u0XX1\".", 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Invalid Unicode escape sequence: \"\\uXXXX\".", 6)]
    [InlineData("\"bad \\uFXXX esc\"", "Invalid Unicode escape sequence: \"\\uFXXX\".", 6)]
    [InlineData("\"bad \\uXXXF esc\"", "Invalid Unicode escape sequence: \"\\uXXXF\".", 6)]
    [InlineData("\"bad \\u00é0 esc\"", "Invalid Unicode escape sequence: \"\\u00é0\".", 6)]
    [InlineData("\"bad \\u0", "Invalid Unicode escape sequence: \"\\u0\".", 6)]
    [InlineData("\"bad \\u{} esc\"", "Invalid Unicode escape sequence: \"\\u{}\".", 6)]
    [InlineData("\"bad \\u{FXXX} esc\"", "Invalid Unicode escape sequence: \"\\u{FX\".", 6)]
    [InlineData("\"bad \\u{FFFF esc\"", "Invalid Unicode escape sequence: \"\\u{FFFF \".", 6)]
    [InlineData("\"bad \\u{FFFF\"", "Invalid Unicode escape sequence: \"\\u{FFFF\"\".", 6)]
    [InlineData("\"bad \\u{é}\"", "Invalid Unicode escape sequence: \"\\u{é\".", 6)]
    [InlineData("\"bad \\u{1", "Invalid Unicode escape sequence: \"\\u{1\".", 6)]
    [InlineData("\"too high \\u{110000} esc\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 11)]
    [InlineData("\"way too high \\u{12345678} esc\"", "Invalid Unicode escape sequence: \"\\u{12345678}\".", 15)]
    [InlineData("\"overflows \\u{FFFFFFFF} esc\"", "Invalid Unicode escape sequence: \"\\u{FFFFFFFF\".", 12)]
    [InlineData("\"too long \\u{000000000} esc\"", "Invalid Unicode escape sequence: \"\\u{000000000\".", 11)]
    [InlineData("\"bad surrogate \\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 16)]
    [InlineData("\"bad surrogate \\u{DEAD} esc\"", "Invalid Unicode escape sequence: \"\\u{DEAD}\".", 16)]
    [InlineData("\"cannot use braces for surrogate pair \\u{D83D}\\u{DE00} esc\"", "Invalid Unicode escape sequence: \"\\u{D83D}\".", 39)]
    [InlineData("\"bad high surrogate pair \\uDEAD\\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 26)]
    [InlineData("\"bad low surrogate pair \\uD800\\uD800 esc\"", "Invalid Unicode escape sequence: \"\\uD800\".", 25)]
    [InlineData("\"bad \\uD83D\\not an escape\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 6)]
    [InlineData("\"lone trailing \\uD83D\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 16)]
    public void ReportsInvalidEscapeSequences(string source, string description, int column) =>
        SyntaxError(source, "Syntax Error: " + description, 1, column);

    [Theory]
    [InlineData("{ a(b: 0x1) }", "Invalid number, expected digit but got: \"x\".", 9)]
    [InlineData("{ a(b: 1.) }", "Invalid number, expected digit but got: \")\".", 10)]
    [InlineData("{ a(b: .5) }", "Unexpected character: \".\".", 8)]
    [InlineData("{ a(b: 1e) }", "Invalid number, expected digit but got: \")\".", 10)]
    [InlineData("{ a(b: 00) }", "Invalid number, unexpected digit after 0: \"0\".", 9)]
    [InlineData("{ a(b: -) }", "Invalid number, expected digit but got: \")\".", 9)]
    [InlineData("{ a(b: 1.5a) }", "Invalid number, expected digit but got: \"a\".", 11)]
    [InlineData("{ a(b: 1.5.5) }", "Invalid number, expected digit but got: \".\".", 11)]
    [InlineData("{ a(b: 1e+) }", "Invalid number, expected digit but got: \")\".", 11)]
    [InlineData("{ a(b: 1.", "Invalid number, expected digit but got: <EOF>.", 10)]
    [InlineData("{ a(b: 1e", "Invalid number, expected digit but got: <EOF>.", 10)]
    public void ReportsInvalidNumbers(string source, string description, int column) =>
        SyntaxError(source, "Syntax Error: " + description, 1, column);

    [Fact]
    public void AcceptsTheNumbersTheLookaheadRulesAllow()
    {
        var value = Assert.IsType<ListValueNode>(Utf8GraphQLParser.ParseValue("[-0 0 1.5e+10 -1.5E-10 0.0 10]"));
        Assert.Equal(["-0", "0", "1.5e+10", "-1.5E-10", "0.0", "10"], value.Values.Select(v => SyntaxPrinter.Print(v)));
    }

    [Fact]
    public void ReportsLoneSurrogatesOfStringSourcesAsGraphQLJsDoes()
    {
        SyntaxError("\"bad surrogate \uDEAD\"", "Syntax Error: Invalid character within String: U+DEAD.", 1, 16);
        SyntaxError("\"bad high surrogate pair \uDEAD\uDEAD\"", "Syntax Error: Invalid character within String: U+DEAD.", 1, 26);
        SyntaxError("\"bad low surrogate pair \uD800\uD800\"", "Syntax Error: Invalid character within String: U+D800.", 1, 25);
        SyntaxError("\"cannot escape half a pair \uD83D\\uDE00 esc\"", "Syntax Error: Invalid character within String: U+D83D.", 1, 28);
        SyntaxError("\"cannot escape half a pair \\uD83D\uDE00 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 28);
        SyntaxError("\"\"\"contains invalid surrogate \uDEAD\"\"\"", "Syntax Error: Invalid character within String: U+DEAD.", 1, 31);
        SyntaxError("# Invalid surrogate \uDEAD", "Syntax Error: Invalid character: U+DEAD.", 1, 21);
        SyntaxError("\uDEAD", "Syntax Error: Invalid character: U+DEAD.", 1, 1);
        SyntaxError("{ a \uD800 }", "Syntax Error: Invalid character: U+D800.", 1, 5);
        SyntaxError("{ a }\r\n  \uD83D", "Syntax Error: Invalid character: U+D83D.", 2, 3);
        SyntaxError("{ a }\uD83D", "Syntax Error: Invalid character: U+D83D.", 1, 6);

        // A lone surrogate quoted in an escape error is quoted as itself.
        SyntaxError("\"\\u\uDC00...\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u\uDC00...\".", 1, 2);
        SyntaxError("\"\\u{\uD800}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{\uD800\".", 1, 2);

        // Errors before the surrogate come first, as in graphql-js.
        SyntaxError("{ a(b: 'x') } \uDEAD", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 8);

        var error = ParseError("# é\U0001F600\uDEAD");
        Assert.Equal((1, 6, 8), (error.Line, error.Column, error.Position));

        // A valid pair is one character.
        Assert.Equal("\U0001F600", Assert.IsType<StringValueNode>(Utf8GraphQLParser.ParseValue("\"\uD83D\uDE00\"")).Value);
    }

    [Fact]
    public void ReportsLoneSurrogatesThroughEveryStringEntryPoint()
    {
        var value = Assert.Throws<GraphQLSyntaxError>(() => Utf8GraphQLParser.ParseValue("[\"\uD800\"]"));
        SyntaxError(value, "Syntax Error: Invalid character within String: U+D800.", 1, 3);
        var constant = Assert.Throws<GraphQLSyntaxError>(() => Utf8GraphQLParser.ParseConstValue("\uDFFF"));
        SyntaxError(constant, "Syntax Error: Invalid character: U+DFFF.", 1, 1);
        var type = Assert.Throws<GraphQLSyntaxError>(() => Utf8GraphQLParser.ParseType("[\uDBFF]"));
        SyntaxError(type, "Syntax Error: Invalid character: U+DBFF.", 1, 2);
    }

    /// <summary>
    /// A known divergence: graphql-js cuts its quote of an escape after so many UTF-16 units, which can fall between
    /// the two halves of a surrogate pair and quote half a character. We quote whole characters.
    /// </summary>
    [Fact]
    public void QuotesWholeCharactersWhereGraphQLJsWouldQuoteHalfAPair()
    {
        SyntaxError("\"\\\U0001F600\"", "Syntax Error: Invalid character escape sequence: \"\\\U0001F600\".", 1, 2);
        SyntaxError("\"\\u{\U0001F600}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{\U0001F600\".", 1, 2);
        SyntaxError("\"\\u00\U0001F600\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u00\U0001F600\".", 1, 2);
    }

    [Fact]
    public void ReportsInvalidUtf8BytesByTheirValue()
    {
        SyntaxError(ParseError(Bytes("{ ", (byte)0xFF, " }")), "Syntax Error: Invalid character: invalid UTF-8 byte 0xFF.", 1, 3);
        SyntaxError(ParseError(Bytes("{ ", (byte)0x80, " }")), "Syntax Error: Invalid character: invalid UTF-8 byte 0x80.", 1, 3);
        SyntaxError(ParseError(Bytes("{ a(b: \"é", (byte)0xC3, "\") }")), "Syntax Error: Invalid character within String: invalid UTF-8 byte 0xC3.", 1, 10);
        SyntaxError(ParseError(Bytes("\"\"\"\né", (byte)0xC0, (byte)0x80, "\"\"\"")), "Syntax Error: Invalid character within String: invalid UTF-8 byte 0xC0.", 2, 2);
        SyntaxError(ParseError(Bytes("# ", (byte)0xF4, (byte)0x90, (byte)0x80, (byte)0x80, "\n{ a }")), "Syntax Error: Invalid character: invalid UTF-8 byte 0xF4.", 1, 3);
        SyntaxError(ParseError(Bytes("{ a } # ", (byte)0xE6, (byte)0x97)), "Syntax Error: Invalid character: invalid UTF-8 byte 0xE6.", 1, 9);

        // A surrogate encoded in UTF-8 (not valid UTF-8) is named as the code point it encodes.
        var encodedSurrogate = new byte[] { 0xED, 0xA0, 0x80 };
        SyntaxError(ParseError(Bytes("\"", encodedSurrogate, "\"")), "Syntax Error: Invalid character within String: U+D800.", 1, 2);
        SyntaxError(ParseError(Bytes("{ ", encodedSurrogate, " }")), "Syntax Error: Invalid character: U+D800.", 1, 3);

        var error = ParseError(Bytes("{ a(b: \"日本", (byte)0xFF, "\") }"));
        Assert.Equal((1, 11, 14), (error.Line, error.Column, error.Position));
    }

    [Theory]
    [InlineData("{ ! }", "\"!\"")]
    [InlineData("{ $ }", "\"$\"")]
    [InlineData("{ & }", "\"&\"")]
    [InlineData("{ ( }", "\"(\"")]
    [InlineData("{ ) }", "\")\"")]
    [InlineData("{ : }", "\":\"")]
    [InlineData("{ = }", "\"=\"")]
    [InlineData("{ @ }", "\"@\"")]
    [InlineData("{ [ }", "\"[\"")]
    [InlineData("{ ] }", "\"]\"")]
    [InlineData("{ { }", "\"{\"")]
    [InlineData("{ | }", "\"|\"")]
    [InlineData("{ }", "\"}\"")]
    [InlineData("{ 1 }", "Int \"1\"")]
    [InlineData("{ 1.5 }", "Float \"1.5\"")]
    [InlineData("{ \"s\" }", "String \"s\"")]
    [InlineData("{ \"a\\nb\\u0041\" }", "String \"a\nbA\"")]
    [InlineData("{ \"\"\"b\"\"\" }", "BlockString \"b\"")]
    [InlineData("{ \"\"\"\n  x\n  \"\"\" }", "BlockString \"x\"")]
    public void DescribesEveryTokenKindInExpectedMessages(string source, string found) =>
        SyntaxError(source, $"Syntax Error: Expected Name, found {found}.", 1, 3);

    [Theory]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ ... }", "Syntax Error: Expected \"{\", found \"}\".", 1, 7)]
    [InlineData("query Q ! { a }", "Syntax Error: Expected \"{\", found \"!\".", 1, 9)]
    [InlineData("{ a(b: 1 }", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("{ a(b: {c: 1) }", "Syntax Error: Expected Name, found \")\".", 1, 13)]
    [InlineData("subscription S @ { a }", "Syntax Error: Expected Name, found \"{\".", 1, 18)]
    [InlineData("fragment F { a }", "Syntax Error: Expected \"on\", found \"{\".", 1, 12)]
    [InlineData("directive d on FIELD", "Syntax Error: Expected \"@\", found Name \"d\".", 1, 11)]
    [InlineData("query Q(v: Int) { a }", "Syntax Error: Expected \"$\", found Name \"v\".", 1, 9)]
    public void ReportsExpectedTokens(string source, string message, int line, int column) =>
        SyntaxError(source, message, line, column);

    [Theory]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("\n\n", "Syntax Error: Unexpected <EOF>.", 3, 1)]
    [InlineData("{ a(b: [1 }", "Syntax Error: Unexpected \"}\".", 1, 11)]
    [InlineData("{ a(b: ...) }", "Syntax Error: Unexpected \"...\".", 1, 8)]
    [InlineData("{ a(b: &) }", "Syntax Error: Unexpected \"&\".", 1, 8)]
    [InlineData("notAKeyword { a }", "Syntax Error: Unexpected Name \"notAKeyword\".", 1, 1)]
    [InlineData("{ a } 1", "Syntax Error: Unexpected Int \"1\".", 1, 7)]
    [InlineData("{ a } 1.5", "Syntax Error: Unexpected Float \"1.5\".", 1, 7)]
    [InlineData("{ a } ]", "Syntax Error: Unexpected \"]\".", 1, 7)]
    [InlineData("\"desc\" \"\"\"block\"\"\" type T", "Syntax Error: Unexpected BlockString \"block\".", 1, 8)]
    [InlineData("fragment \"on\" on T { a }", "Syntax Error: Unexpected String \"on\".", 1, 10)]
    [InlineData("fragment \"\"\"on\"\"\" on T { a }", "Syntax Error: Unexpected BlockString \"on\".", 1, 10)]
    [InlineData("query { a } mutation x", "Syntax Error: Expected \"{\", found <EOF>.", 1, 23)]
    public void ReportsUnexpectedTokens(string source, string message, int line, int column) =>
        SyntaxError(source, message, line, column);

    [Fact]
    public void ReportsDescriptionsOnShorthandQueries()
    {
        SyntaxError("\"doc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1);
        SyntaxError("{ a }\n\"\"\"\ndoc\n\"\"\"\n{ b }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 2, 1);
    }

    [Fact]
    public void ReportsDescriptionsOnDefinitionsThatCannotHaveThem()
    {
        SyntaxError("\"doc\" extend type T { a: Int }", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1);
        SyntaxError("{ a } \"doc\" notAKeyword", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 7);
    }

    [Theory]
    [InlineData("enum E { true }", "Name \"true\"", 10)]
    [InlineData("enum E { false }", "Name \"false\"", 10)]
    [InlineData("enum E { null }", "Name \"null\"", 10)]
    [InlineData("extend enum E { A B null }", "Name \"null\"", 21)]
    public void ReportsReservedEnumValues(string source, string token, int column) =>
        SyntaxError(source, $"Syntax Error: {token} is reserved and cannot be used for an enum value.", 1, column);

    [Theory]
    [InlineData("query Q($a: Int = $b) { a }", "$b", 19)]
    [InlineData("query Q($a: Int = {x: [$b]}) { a }", "$b", 24)]
    [InlineData("type T @d(a: $v) { a: Int }", "$v", 14)]
    [InlineData("type T { a(b: Int = $v): Int }", "$v", 21)]
    [InlineData("directive @d(a: Int = $v) on FIELD", "$v", 23)]
    public void ReportsVariablesInConstantValues(string source, string variable, int column) =>
        SyntaxError(source, $"Syntax Error: Unexpected variable \"{variable}\" in constant value.", 1, column);

    [Fact]
    public void ReportsTooManyTokensAsGraphQLJsDoes()
    {
        // graphql-js 16 words this "more that"; the message is kept verbatim.
        var options = new ParserOptions { MaxTokens = 10 };
        SyntaxError(ParseError("{ a b c d e f g h i j }", options), "Syntax Error: Document contains more that 10 tokens. Parsing aborted.", 1, 21);
        SyntaxError(ParseError("{ a b c d e f g h i }", options), "Syntax Error: Document contains more that 10 tokens. Parsing aborted.", 1, 21);
        SyntaxError(ParseError("query Q($v: Int) { a }", new ParserOptions { MaxTokens = 8 }), "Syntax Error: Document contains more that 8 tokens. Parsing aborted.", 1, 18);
        Assert.Single(Parse("{ a b c d e f g h }", options).Definitions);
        Assert.Single(Parse("{ a }", new ParserOptions { MaxTokens = 3 }).Definitions);
    }

    [Fact]
    public void CountsTokensOnlyOnceWhateverTheLookahead()
    {
        // Descriptions and extensions make the parser look one token ahead; those tokens count once.
        Assert.Single(Parse("\"d\" type T", new ParserOptions { MaxTokens = 3 }).Definitions);
        Assert.Single(Parse("extend scalar S @d", new ParserOptions { MaxTokens = 5 }).Definitions);
        ParseError("extend scalar S @d", new ParserOptions { MaxTokens = 4 });
    }

    [Fact]
    public void ALexicalErrorInTheTokenPastTheLimitComesFirst()
    {
        // graphql-js lexes a token before counting it, and does not count a lookahead token until it moves onto it.
        SyntaxError(ParseError("{ a b 'x' }", new ParserOptions { MaxTokens = 3 }), "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 7);
        SyntaxError(ParseError("{ a b \"unterminated", new ParserOptions { MaxTokens = 3 }), "Syntax Error: Unterminated string.", 1, 20);
        SyntaxError(ParseError("\"d\" { a }", new ParserOptions { MaxTokens = 1 }), "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1);
        SyntaxError(ParseError("\"d\" type T", new ParserOptions { MaxTokens = 1 }), "Syntax Error: Document contains more that 1 tokens. Parsing aborted.", 1, 5);
        SyntaxError(ParseError("extend scalar S", new ParserOptions { MaxTokens = 2 }), "Syntax Error: Document contains more that 2 tokens. Parsing aborted.", 1, 15);
    }

    [Fact]
    public void ALexicalErrorAfterAnOperationTypeComesBeforeTheUnexpectedName()
    {
        // graphql-js consumes the name before it checks it is query, mutation or subscription.
        SyntaxError("schema { q\\uery: Q }", "Syntax Error: Unexpected character: \"\\\".", 1, 11);
        SyntaxError("extend schema { query: Q Fé }", "Syntax Error: Unexpected character: U+00E9.", 1, 27);
        SyntaxError("schema { query: Q nonsense: X }", "Syntax Error: Unexpected Name \"nonsense\".", 1, 19);
    }

    [Fact]
    public void TheDefaultTokenLimitIsFifteenThousand()
    {
        var fits = "{ " + string.Join(" ", Enumerable.Repeat("a", 14_998)) + " }";
        Assert.Equal(14_998, Assert.IsType<OperationDefinitionNode>(Parse(fits).Definitions[0]).SelectionSet.Selections.Count);
        var error = ParseError("{ " + string.Join(" ", Enumerable.Repeat("a", 14_999)) + " }");
        Assert.Equal("Syntax Error: Document contains more that 15000 tokens. Parsing aborted.", error.Message);
    }

    [Fact]
    public void ReportsNestingDeeperThanTheLimitAtTheBracketThatCrossesIt()
    {
        var options = new ParserOptions { MaxDepth = 3 };
        const string message = "Syntax Error: Document exceeds the maximum nesting depth of 3. Parsing aborted.";
        Assert.Single(Parse("{ a { b { c } } }", options).Definitions);
        SyntaxError(ParseError("{ a { b { c { d } } } }", options), message, 1, 13);
        Assert.Single(Parse("{ a(x: [[1]]) }", options).Definitions);
        SyntaxError(ParseError("{ a(x: [[[1]]]) }", options), message, 1, 10);
        Assert.Single(Parse("{ a(x: {b: {c: 1}}) }", options).Definitions);
        SyntaxError(ParseError("{ a(x: {b: {c: {d: 1}}}) }", options), message, 1, 16);
        Assert.Single(Parse("query ($v: [[[Int]]]) { a }", options).Definitions);
        SyntaxError(ParseError("query ($v: [[[[Int]]]]) { a }", options), message, 1, 15);
        SyntaxError(ParseError("type T { f(a: [Int] = [[[[1]]]]): Int }", options), message, 1, 26);

        // Depth is per nesting, not per document.
        Assert.Equal(3, Parse("{ a { b { c } } } { d { e { f } } } query ($v: [[[Int]]]) { g }", options).Definitions.Count);
    }

    [Fact]
    public void SurvivesADepthBombOfSelectionSets()
    {
        var bomb = string.Concat(Enumerable.Repeat("{a", 100_000));
        SyntaxError(ParseError(bomb), "Syntax Error: Document exceeds the maximum nesting depth of 200. Parsing aborted.", 1, 401);
        var fits = string.Concat(Enumerable.Repeat("{a", 200)) + new string('}', 200);
        Assert.Single(Parse(fits).Definitions);
    }

    [Fact]
    public void SurvivesADepthBombOfListValues()
    {
        var bomb = "{ a(b: " + new string('[', 100_000);
        SyntaxError(ParseError(bomb), "Syntax Error: Document exceeds the maximum nesting depth of 200. Parsing aborted.", 1, 207);
        var value = Assert.Throws<GraphQLSyntaxError>(() => Utf8GraphQLParser.ParseValue(new string('[', 100_000)));
        SyntaxError(value, "Syntax Error: Document exceeds the maximum nesting depth of 200. Parsing aborted.", 1, 201);
        var objects = Assert.Throws<GraphQLSyntaxError>(() => Utf8GraphQLParser.ParseConstValue(string.Concat(Enumerable.Repeat("{a:", 100_000))));
        SyntaxError(objects, "Syntax Error: Document exceeds the maximum nesting depth of 200. Parsing aborted.", 1, 601);
    }

    [Fact]
    public void SurvivesADepthBombOfListTypes()
    {
        var bomb = "query ($v: " + new string('[', 100_000);
        SyntaxError(ParseError(bomb), "Syntax Error: Document exceeds the maximum nesting depth of 200. Parsing aborted.", 1, 212);
        var type = Assert.Throws<GraphQLSyntaxError>(() => Utf8GraphQLParser.ParseType(new string('[', 100_000) + "Int" + new string(']', 100_000)));
        SyntaxError(type, "Syntax Error: Document exceeds the maximum nesting depth of 200. Parsing aborted.", 1, 201);
        var schema = ParseError("type T { f: " + new string('[', 100_000) + "Int" + new string(']', 100_000) + " }");
        Assert.Equal(1 + 12 + 200, schema.Column);
    }

    [Fact]
    public void SurvivesMixedBombsOnManyLines()
    {
        // Each line opens a list and an object: the object on line 100 is the 201st level, after the selection set.
        var bomb = "{ f(x: " + string.Concat(Enumerable.Repeat("[{a: \n", 50_000));
        SyntaxError(ParseError(bomb), "Syntax Error: Document exceeds the maximum nesting depth of 200. Parsing aborted.", 100, 2);
    }
}
