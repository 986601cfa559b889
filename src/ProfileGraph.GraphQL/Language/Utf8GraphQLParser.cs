using System.Buffers;
using System.Text;

namespace ProfileGraph.GraphQL.Language;

/// <summary>
/// A recursive-descent parser for the whole GraphQL grammar (spec §2 and §3), straight from UTF-8 bytes.
/// Every malformed input ends in a <see cref="GraphQLSyntaxError"/>: nesting is bounded by
/// <see cref="ParserOptions.MaxDepth"/> so recursion cannot overflow the stack, and the token count by
/// <see cref="ParserOptions.MaxTokens"/>.
/// </summary>
public ref partial struct Utf8GraphQLParser
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private Utf8GraphQLReader _reader;
    private readonly bool _withLocations;
    private readonly int _maxDepth;
    private int _depth;
    private int _previousEnd;

    private Utf8GraphQLParser(ReadOnlySpan<byte> source, ParserOptions options)
    {
        _reader = new Utf8GraphQLReader(source, options.MaxTokens);
        _withLocations = !options.NoLocations;
        _maxDepth = options.MaxDepth;
        _reader.Read();
    }

    /// <summary>Parses an executable or type system document.</summary>
    public static DocumentNode Parse(ReadOnlySpan<byte> source, ParserOptions? options = null)
    {
        var parser = new Utf8GraphQLParser(source, options ?? ParserOptions.Default);
        return parser.ParseDocument();
    }

    /// <inheritdoc cref="Parse(ReadOnlySpan{byte}, ParserOptions?)"/>
    public static DocumentNode Parse(string source, ParserOptions? options = null) =>
        WithUtf8(source, options, static (bytes, o) => Parse(bytes, o));

    /// <summary>Parses one value literal, which may hold variables.</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) =>
        WithUtf8(source, options, static (bytes, o) =>
        {
            var parser = new Utf8GraphQLParser(bytes, o ?? ParserOptions.Default);
            var value = parser.ParseValueLiteral(isConst: false);
            parser.Expect(TokenKind.EndOfFile);
            return value;
        });

    /// <summary>Parses one constant value literal: variables are an error.</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null) =>
        WithUtf8(source, options, static (bytes, o) =>
        {
            var parser = new Utf8GraphQLParser(bytes, o ?? ParserOptions.Default);
            var value = parser.ParseValueLiteral(isConst: true);
            parser.Expect(TokenKind.EndOfFile);
            return value;
        });

    /// <summary>Parses a type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null) =>
        WithUtf8(source, options, static (bytes, o) =>
        {
            var parser = new Utf8GraphQLParser(bytes, o ?? ParserOptions.Default);
            var type = parser.ParseTypeReference();
            parser.Expect(TokenKind.EndOfFile);
            return type;
        });

    private delegate T Utf8Parse<out T>(ReadOnlySpan<byte> source, ParserOptions? options);

    private static T WithUtf8<T>(string source, ParserOptions? options, Utf8Parse<T> parse)
    {
        ArgumentNullException.ThrowIfNull(source);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(source.Length));
        try
        {
            int length;
            try
            {
                length = StrictUtf8.GetBytes(source, buffer);
            }
            catch (EncoderFallbackException exception)
            {
                throw LoneSurrogate(source, exception.Index);
            }

            return parse(buffer.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // A .NET string can hold a lone surrogate, which no UTF-8 document can: report it where it stands.
    private static GraphQLSyntaxError LoneSurrogate(string source, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (source[i] == '\n' || (source[i] == '\r' && (i + 1 >= source.Length || source[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        var prefixBytes = Encoding.UTF8.GetByteCount(source.AsSpan(0, index));
        return new GraphQLSyntaxError($"Invalid character: U+{(int)source[index]:X4}.", prefixBytes, line, 1 + index - lineStart);
    }

    // --- Token helpers, named after graphql-js's parser methods they mirror. ---

    private readonly TokenKind Kind => _reader.Kind;

    private readonly TokenStart Mark() => new(_reader.Start, _reader.Line, _reader.Column);

    private readonly Location? LocationFrom(TokenStart start) =>
        _withLocations ? new Location(start.Start, _previousEnd, start.Line, start.Column) : null;

    private void Advance()
    {
        _previousEnd = _reader.End;
        _reader.Read();
    }

    private void Expect(TokenKind kind)
    {
        if (_reader.Kind != kind)
        {
            throw _reader.ErrorAtToken($"Expected {kind.Describe()}, found {_reader.Describe()}.");
        }

        Advance();
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (_reader.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private readonly bool IsKeyword(ReadOnlySpan<byte> keyword) =>
        _reader.Kind == TokenKind.Name && _reader.Value.SequenceEqual(keyword);

    private void ExpectKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!IsKeyword(keyword))
        {
            throw _reader.ErrorAtToken($"Expected \"{Encoding.ASCII.GetString(keyword)}\", found {_reader.Describe()}.");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!IsKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    private readonly GraphQLSyntaxError Unexpected() => _reader.ErrorAtToken($"Unexpected {_reader.Describe()}.");

    private static GraphQLSyntaxError Unexpected(in Utf8GraphQLReader token) => token.ErrorAtToken($"Unexpected {token.Describe()}.");

    // The token after the current one, for the few productions that need two tokens of lookahead.
    private readonly Utf8GraphQLReader Peek()
    {
        var lookahead = _reader;
        lookahead.Read();
        return lookahead;
    }

    private void EnterNesting()
    {
        if (++_depth > _maxDepth)
        {
            throw _reader.ErrorAtToken($"Document exceeds the maximum nesting depth of {_maxDepth}. Parsing aborted.");
        }
    }

    private void LeaveNesting() => _depth--;

    private NameNode ParseName()
    {
        if (_reader.Kind != TokenKind.Name)
        {
            throw _reader.ErrorAtToken($"Expected Name, found {_reader.Describe()}.");
        }

        var start = Mark();
        var value = _reader.GetName();
        Advance();
        return new NameNode(LocationFrom(start), value);
    }

    private readonly record struct TokenStart(int Start, int Line, int Column);
}
