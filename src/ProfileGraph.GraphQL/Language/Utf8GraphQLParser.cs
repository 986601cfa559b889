using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;

namespace ProfileGraph.GraphQL.Language;

/// <summary>
/// A recursive-descent parser for the whole GraphQL grammar (spec §2 and §3), straight from UTF-8 bytes.
/// Every malformed input ends in a <see cref="GraphQLSyntaxError"/>: nesting is bounded by
/// <see cref="ParserOptions.MaxDepth"/> so recursion cannot overflow the stack, and the token count by
/// <see cref="ParserOptions.MaxTokens"/>.
/// </summary>
public ref partial struct Utf8GraphQLParser
{
    private Utf8GraphQLReader _reader;
    private readonly bool _withLocations;
    private readonly int _maxDepth;
    private readonly int _maxTokens;
    private int _depth;
    private int _previousEnd;
    private int _tokenCount;

    // One scratch stack for every node list under construction: a list pushes its items above those of the
    // lists enclosing it and pops them into an exact-size array when it closes, so no list grows or copies twice.
    // Its slots are structs, so a push is a plain store, without the covariance check of a SyntaxNode[] store.
    private NodeSlot[] _stack;
    private int _stackTop;

    private Utf8GraphQLParser(ReadOnlySpan<byte> source, ParserOptions options)
    {
        _reader = new Utf8GraphQLReader(source);
        _withLocations = !options.NoLocations;
        _maxDepth = options.MaxDepth;
        _maxTokens = options.MaxTokens;
        _stack = ArrayPool<NodeSlot>.Shared.Rent(64);
        ReadToken();
    }

    /// <summary>Parses an executable or type system document.</summary>
    public static DocumentNode Parse(ReadOnlySpan<byte> source, ParserOptions? options = null)
    {
        var parser = new Utf8GraphQLParser(source, options ?? ParserOptions.Default);
        var document = parser.ParseDocument();
        parser.ReturnStack();
        return document;
    }

    /// <inheritdoc cref="Parse(ReadOnlySpan{byte}, ParserOptions?)"/>
    public static DocumentNode Parse(string source, ParserOptions? options = null) =>
        WithUtf8(source, options, static (bytes, o) => Parse(bytes, o));

    /// <summary>Parses one value literal, which may hold variables.</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) =>
        (ValueNode)ParseAlone(source, options, Production.Value);

    /// <summary>Parses one constant value literal: variables are an error.</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null) =>
        (ValueNode)ParseAlone(source, options, Production.ConstValue);

    /// <summary>Parses a type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null) =>
        (TypeNode)ParseAlone(source, options, Production.Type);

    private enum Production
    {
        Value,
        ConstValue,
        Type,
    }

    // Parses one value or type reference that must make up the whole source.
    private static SyntaxNode ParseAlone(string source, ParserOptions? options, Production production) =>
        WithUtf8(source, (options, production), static (bytes, state) =>
        {
            var parser = new Utf8GraphQLParser(bytes, state.options ?? ParserOptions.Default);
            SyntaxNode node = state.production switch
            {
                Production.Value => parser.ParseValueLiteral(isConst: false),
                Production.ConstValue => parser.ParseValueLiteral(isConst: true),
                _ => parser.ParseTypeReference(),
            };
            parser.Expect(TokenKind.EndOfFile);
            parser.ReturnStack();
            return node;
        });

    private delegate T Utf8Parse<in TState, out T>(ReadOnlySpan<byte> source, TState state);

    private static T WithUtf8<TState, T>(string source, TState state, Utf8Parse<TState, T> parse)
    {
        ArgumentNullException.ThrowIfNull(source);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(source.Length));
        try
        {
            return parse(buffer.AsSpan(0, ToUtf8(source, buffer)), state);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // A .NET string can hold a lone surrogate, which no UTF-8 document can. It is written in its three-byte
    // generalized UTF-8 form, which the lexer rejects where it stands, as graphql-js does: "Invalid character
    // within String: U+D800." in a string, "Invalid character: U+D800." elsewhere, after any earlier error.
    private static int ToUtf8(ReadOnlySpan<char> source, Span<byte> destination)
    {
        var written = 0;
        while (true)
        {
            var status = Utf8.FromUtf16(source, destination[written..], out var read, out var count, replaceInvalidSequences: false);
            written += count;
            if (status != OperationStatus.InvalidData)
            {
                return written;
            }

            var surrogate = source[read];
            destination[written++] = 0xED;
            destination[written++] = (byte)(0x80 | ((surrogate >> 6) & 0x3F));
            destination[written++] = (byte)(0x80 | (surrogate & 0x3F));
            source = source[(read + 1)..];
        }
    }

    // --- Token helpers, named after graphql-js's parser methods they mirror. ---

    private readonly TokenKind Kind => _reader.Kind;

    private readonly TokenStart Mark() => new(_reader.Start, _reader.Line, _reader.Column);

    private readonly Location? LocationFrom(TokenStart start) =>
        _withLocations ? new Location(start.Start, _previousEnd, start.Line, start.Column) : null;

    private void Advance()
    {
        _previousEnd = _reader.End;
        ReadToken();
    }

    // Tokens are counted here, as graphql-js's advanceLexer counts them: once lexed (a lexical error in the token
    // past the limit wins) and only when the parser moves onto them (lookahead tokens count once, when reached).
    private void ReadToken()
    {
        if (_reader.Read() && ++_tokenCount > _maxTokens)
        {
            throw TooManyTokens();
        }
    }

    private void Expect(TokenKind kind)
    {
        if (_reader.Kind != kind)
        {
            throw Expected(kind);
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

    // The two reserved-word checks of graphql-js (fragment names, enum values) compare the token's value
    // whatever its kind, so a string "on" is as unexpected there as the name on; messages follow suit.
    private readonly bool TokenValueIs(ReadOnlySpan<byte> value) => _reader.Kind switch
    {
        TokenKind.Name => _reader.Value.SequenceEqual(value),
        TokenKind.String or TokenKind.BlockString => _reader.GetString() == Encoding.UTF8.GetString(value),
        _ => false,
    };

    private void ExpectKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!IsKeyword(keyword))
        {
            throw ExpectedKeyword(keyword);
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

    // Errors are built apart from the methods that throw them, which keeps message formatting out of hot code.
    private readonly GraphQLSyntaxError Expected(TokenKind kind) =>
        _reader.ErrorAtToken($"Expected {kind.Describe()}, found {_reader.Describe()}.");

    private readonly GraphQLSyntaxError ExpectedKeyword(ReadOnlySpan<byte> keyword) =>
        _reader.ErrorAtToken($"Expected \"{Encoding.ASCII.GetString(keyword)}\", found {_reader.Describe()}.");

    // graphql-js 16's wording, "more that" included, so messages match the reference implementation.
    private readonly GraphQLSyntaxError TooManyTokens() =>
        _reader.ErrorAtToken($"Document contains more that {_maxTokens} tokens. Parsing aborted.");

    private readonly GraphQLSyntaxError TooDeep(TokenStart opening) => new(
        $"Document exceeds the maximum nesting depth of {_maxDepth}. Parsing aborted.", opening.Start, opening.Line, opening.Column);

    private readonly GraphQLSyntaxError Unexpected() => _reader.ErrorAtToken($"Unexpected {_reader.Describe()}.");

    private static GraphQLSyntaxError Unexpected(in Utf8GraphQLReader token) => token.ErrorAtToken($"Unexpected {token.Describe()}.");

    // The token after the current one, for the few productions that need two tokens of lookahead.
    private readonly Utf8GraphQLReader Peek()
    {
        var lookahead = _reader;
        lookahead.Read();
        return lookahead;
    }

    // Called once the opening bracket or brace at `opening` is consumed; the error points at that bracket.
    private void EnterNesting(TokenStart opening)
    {
        if (++_depth > _maxDepth)
        {
            throw TooDeep(opening);
        }
    }

    private void LeaveNesting() => _depth--;

    private NameNode ParseName()
    {
        if (_reader.Kind != TokenKind.Name)
        {
            throw Expected(TokenKind.Name);
        }

        var start = Mark();
        var value = _reader.GetName();
        Advance();
        return new NameNode(LocationFrom(start), value);
    }

    private readonly int BeginList() => _stackTop;

    private void Push(SyntaxNode node)
    {
        if (_stackTop == _stack.Length)
        {
            var larger = ArrayPool<NodeSlot>.Shared.Rent(_stack.Length * 2);
            _stack.AsSpan(0, _stackTop).CopyTo(larger);
            ArrayPool<NodeSlot>.Shared.Return(_stack, clearArray: true);
            _stack = larger;
        }

        _stack[_stackTop++].Node = node;
    }

    private readonly int ListLength(int start) => _stackTop - start;

    private T[] EndList<T>(int start)
        where T : SyntaxNode
    {
        var count = _stackTop - start;
        if (count == 0)
        {
            return [];
        }

        // Every node pushed since BeginList is a T, so the slots are read as Ts and copied in bulk, without
        // a cast and a covariance check per item.
        var list = new T[count];
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<NodeSlot, T>(ref _stack[start]), count).CopyTo(list);
        _stackTop = start;
        return list;
    }

    // A stack lost to a syntax error is left to the collector; a finished parse gives it back, cleared once
    // rather than list by list, so the pool holds no nodes.
    private readonly void ReturnStack() => ArrayPool<NodeSlot>.Shared.Return(_stack, clearArray: true);

    private readonly record struct TokenStart(int Start, int Line, int Column);

    private struct NodeSlot
    {
        public SyntaxNode Node;
    }
}
