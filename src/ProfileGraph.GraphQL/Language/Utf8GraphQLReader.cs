using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace ProfileGraph.GraphQL.Language;

/// <summary>
/// The GraphQL lexer (spec §2.1) over UTF-8 bytes. It reads one token at a time and keeps only offsets:
/// names, numbers and strings are turned into .NET strings by the parser only when it needs them.
/// Ignored tokens (white space, line terminators, commas, comments, the BOM) are skipped.
/// </summary>
public ref struct Utf8GraphQLReader
{
    // The kind of each one-byte punctuator, by byte; StartOfFile, which no byte starts, marks the others.
    private const TokenKind NotPunctuator = TokenKind.StartOfFile;
    private static readonly TokenKind[] Punctuators = BuildPunctuators();

    private readonly ReadOnlySpan<byte> _source;
    private readonly int _maxTokens;
    private int _position;
    private int _line;
    private int _lineStart;

    // Bytes on the current line, before _position, beyond their UTF-16 length: columns count UTF-16 units.
    private int _lineWideBytes;
    private int _tokenCount;

    public Utf8GraphQLReader(ReadOnlySpan<byte> source, int maxTokens = int.MaxValue)
    {
        _source = source;
        _maxTokens = maxTokens;
        _line = 1;
        Kind = TokenKind.StartOfFile;
        Line = 1;
        Column = 1;
    }

    public TokenKind Kind { get; private set; }

    /// <summary>The byte offset where the current token starts.</summary>
    public int Start { get; private set; }

    /// <summary>The byte offset just past the current token.</summary>
    public int End { get; private set; }

    public int Line { get; private set; }

    public int Column { get; private set; }

    /// <summary>True when the current string token has escape sequences to cook.</summary>
    public bool HasEscapes { get; private set; }

    private int ValueStart { get; set; }

    private int ValueEnd { get; set; }

    /// <summary>The raw bytes of the current token's value: a name, a number, or a string between its quotes.</summary>
    public readonly ReadOnlySpan<byte> Value => _source[ValueStart..ValueEnd];

    /// <summary>Moves to the next token; false once the end of the source is reached.</summary>
    public bool Read()
    {
        if (Kind == TokenKind.EndOfFile)
        {
            return false;
        }

        SkipIgnored();
        var source = _source;
        var position = _position;
        Start = position;
        Line = _line;
        Column = ColumnAt(position);
        HasEscapes = false;

        if ((uint)position >= (uint)source.Length)
        {
            SetToken(TokenKind.EndOfFile, position, position);
            return false;
        }

        if (++_tokenCount > _maxTokens)
        {
            throw TooManyTokens(position);
        }

        // Names and punctuators are most tokens, so they are told apart first, each by one lookup.
        var code = source[position];
        if (CharacterClasses.IsNameStart(code))
        {
            ReadName(source, position);
            return true;
        }

        var punctuator = Punctuators[code];
        if (punctuator != NotPunctuator)
        {
            SetToken(punctuator, position, position + 1);
            return true;
        }

        switch (code)
        {
            case (byte)'.' when At(position + 1) == '.' && At(position + 2) == '.':
                SetToken(TokenKind.Spread, position, position + 3);
                return true;
            case (byte)'"' when At(position + 1) == '"' && At(position + 2) == '"':
                ReadBlockString();
                return true;
            case (byte)'"':
                ReadString();
                return true;
            case (byte)'-':
            case >= (byte)'0' and <= (byte)'9':
                ReadNumber();
                return true;
            default:
                throw UnexpectedCharacter(position);
        }
    }

    /// <summary>The current Name token as a string, shared across parses for common names.</summary>
    public readonly string GetName() => NameCache.Get(Value);

    /// <summary>The current token's raw value as a string; names and numbers, ASCII both, are shared like names.</summary>
    public readonly string GetRawValue() =>
        Kind is TokenKind.Name or TokenKind.Int or TokenKind.Float ? NameCache.Get(Value) : Encoding.UTF8.GetString(Value);

    /// <summary>The cooked value of the current String or BlockString token.</summary>
    public readonly string GetString()
    {
        if (Kind == TokenKind.BlockString)
        {
            return BlockString.Dedent(Value);
        }

        return HasEscapes ? CookString(Value) : Encoding.UTF8.GetString(Value);
    }

    /// <summary>How the current token reads in an error message, e.g. <c>Name "foo"</c> or <c>&lt;EOF&gt;</c>.</summary>
    public readonly string Describe() => Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float => $"{Kind.Describe()} \"{GetRawValue()}\"",
        TokenKind.String or TokenKind.BlockString => $"{Kind.Describe()} \"{GetString()}\"",
        _ => Kind.Describe(),
    };

    /// <summary>A syntax error at the start of the current token.</summary>
    public readonly GraphQLSyntaxError ErrorAtToken(string message) => new(message, Start, Line, Column);

    // Inlined by force: as a call from the rare cases of Read, it would make Read save registers every token.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int At(int position) => position < _source.Length ? _source[position] : -1;

    private readonly int ColumnAt(int position) => 1 + position - _lineStart - _lineWideBytes;

    private readonly GraphQLSyntaxError Error(int position, string message) => new(message, position, _line, ColumnAt(position));

    private void SetToken(TokenKind kind, int start, int end)
    {
        Kind = kind;
        End = end;
        ValueStart = start;
        ValueEnd = end;
        _position = end;
    }

    private void NewLine(int nextLineStart)
    {
        _line++;
        _lineStart = nextLineStart;
        _lineWideBytes = 0;
    }

    // Inlined into Read, its one caller: as a call, saving and restoring registers cost as much as the skipping.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SkipIgnored()
    {
        var source = _source;
        var position = _position;
        while ((uint)position < (uint)source.Length)
        {
            switch (source[position])
            {
                case (byte)' ':
                case (byte)'\t':
                case (byte)',':
                    position++;
                    continue;
                case (byte)'\n':
                    position++;
                    NewLine(position);
                    position = SkipIndentation(source, position);
                    continue;
                case (byte)'\r':
                    position += At(position + 1) == '\n' ? 2 : 1;
                    NewLine(position);
                    position = SkipIndentation(source, position);
                    continue;
                case (byte)'#':
                    // Both locals are set anew after the call, so none of this loop's state has to survive it
                    // in the registers a call preserves, which Read would otherwise save and restore every token.
                    position = SkipComment(position);
                    source = _source;
                    continue;
                case 0xEF when At(position + 1) == 0xBB && At(position + 2) == 0xBF:
                    position += 3; // U+FEFF, the byte order mark, is one UTF-16 unit in three bytes.
                    _lineWideBytes += 2;
                    continue;
            }

            break;
        }

        _position = position;
    }

    private int SkipComment(int position)
    {
        var length = _source[position..].IndexOfAny((byte)'\n', (byte)'\r');
        var end = length < 0 ? _source.Length : position + length;
        ConsumeComment(position + 1, end);
        return end;
    }

    // Most lines start with indentation: one vector compare counts up to 16 spaces, where a byte loop would
    // mispredict its exit on every line and a general IndexOfAnyExcept costs more in calling than in searching.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SkipIndentation(ReadOnlySpan<byte> source, int position)
    {
        while (position <= source.Length - Vector128<byte>.Count)
        {
            var block = Vector128.Create(source.Slice(position, Vector128<byte>.Count));
            var spaces = Vector128.Equals(block, Vector128.Create((byte)' ')).ExtractMostSignificantBits();
            var count = BitOperations.TrailingZeroCount(~spaces);
            position += count;
            if (count < Vector128<byte>.Count)
            {
                break;
            }
        }

        return position;
    }

    private void ReadName(ReadOnlySpan<byte> source, int start)
    {
        var position = start + 1;
        while ((uint)position < (uint)source.Length && CharacterClasses.IsNameContinue(source[position]))
        {
            position++;
        }

        SetToken(TokenKind.Name, start, position);
    }

    // IntValue and FloatValue (spec §2.9.1, §2.9.2), with the lookahead restrictions: no leading zeros,
    // and a number may not be followed by a '.' or a NameStart ('0x1', '1.', '1e' are errors).
    private void ReadNumber()
    {
        var start = _position;
        var position = start;
        var isFloat = false;
        if (At(position) == '-')
        {
            position++;
        }

        if (At(position) == '0')
        {
            position++;
            if (CharacterClasses.IsDigit(At(position)))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {DescribeCharacter(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position);
        }

        if (At(position) == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
        }

        if (At(position) is 'e' or 'E')
        {
            isFloat = true;
            position++;
            if (At(position) is '+' or '-')
            {
                position++;
            }

            position = ReadDigits(position);
        }

        if (At(position) == '.' || CharacterClasses.IsNameStart(At(position)))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCharacter(position)}.");
        }

        SetToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    private readonly int ReadDigits(int position)
    {
        if (!CharacterClasses.IsDigit(At(position)))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCharacter(position)}.");
        }

        position++;
        while (CharacterClasses.IsDigit(At(position)))
        {
            position++;
        }

        return position;
    }

    private void ReadString()
    {
        var start = _position;
        var position = start + 1;
        while (true)
        {
            var stop = FindStringStop(position);
            switch (_source[stop])
            {
                case (byte)'"':
                    SetToken(TokenKind.String, start, stop + 1);
                    ValueStart = start + 1;
                    ValueEnd = stop;
                    return;
                case (byte)'\\':
                    HasEscapes = true;
                    ReadEscape(stop, out var size);
                    position = stop + size;
                    continue;
                case (byte)'\n' or (byte)'\r':
                    throw Error(stop, "Unterminated string.");
                default:
                    position = ConsumeCharacter(stop);
                    continue;
            }
        }
    }

    private void ReadBlockString()
    {
        var start = _position;
        var position = start + 3;
        while (true)
        {
            var stop = FindStringStop(position);
            switch (_source[stop])
            {
                case (byte)'"' when At(stop + 1) == '"' && At(stop + 2) == '"':
                    SetToken(TokenKind.BlockString, start, stop + 3);
                    ValueStart = start + 3;
                    ValueEnd = stop;
                    return;
                case (byte)'\\' when At(stop + 1) == '"' && At(stop + 2) == '"' && At(stop + 3) == '"':
                    position = stop + 4;
                    continue;
                case (byte)'\n':
                    position = stop + 1;
                    NewLine(position);
                    continue;
                case (byte)'\r':
                    position = stop + (At(stop + 1) == '\n' ? 2 : 1);
                    NewLine(position);
                    continue;
                case >= 0x80:
                    position = ConsumeCharacter(stop);
                    continue;
                default:
                    position = stop + 1;
                    continue;
            }
        }
    }

    // The next byte of string content the lexer must look at: a quote, a backslash, a line break or the first
    // byte of a multi-byte character (its top bit set). Sixteen bytes a compare, in line: strings are mostly
    // short, so a general IndexOfAny costs more in calling than in searching. Past the end: unterminated.
    private readonly int FindStringStop(int position)
    {
        var source = _source;
        while (position <= source.Length - Vector128<byte>.Count)
        {
            var block = Vector128.Create(source.Slice(position, Vector128<byte>.Count));
            var stops = (Vector128.Equals(block, Vector128.Create((byte)'"'))
                | Vector128.Equals(block, Vector128.Create((byte)'\\'))
                | Vector128.Equals(block, Vector128.Create((byte)'\n'))
                | Vector128.Equals(block, Vector128.Create((byte)'\r'))).ExtractMostSignificantBits()
                | block.ExtractMostSignificantBits();
            if (stops != 0)
            {
                return position + BitOperations.TrailingZeroCount(stops);
            }

            position += Vector128<byte>.Count;
        }

        for (; position < source.Length; position++)
        {
            if (source[position] is (byte)'"' or (byte)'\\' or (byte)'\n' or (byte)'\r' or >= 0x80)
            {
                return position;
            }
        }

        throw Error(source.Length, "Unterminated string.");
    }

    // Validates the character of several bytes at `position` in a string, counts its wide bytes for columns,
    // and returns where the next character starts.
    private int ConsumeCharacter(int position)
    {
        if (Rune.DecodeFromUtf8(_source[position..], out var rune, out var consumed) != OperationStatus.Done)
        {
            throw Error(position, $"Invalid character within String: {DescribeCharacter(position)}.");
        }

        _lineWideBytes += consumed - rune.Utf16SequenceLength;
        return position + consumed;
    }

    // Validates the UTF-8 of a comment and counts its wide bytes for columns.
    private void ConsumeComment(int start, int end)
    {
        var segment = _source[start..end];
        var firstWide = segment.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
        if (firstWide < 0)
        {
            return;
        }

        for (var i = firstWide; i < segment.Length;)
        {
            if (segment[i] < 0x80)
            {
                i++;
                continue;
            }

            if (Rune.DecodeFromUtf8(segment[i..], out var rune, out var consumed) != OperationStatus.Done)
            {
                throw Error(start + i, $"Invalid character: {DescribeCharacter(start + i)}.");
            }

            _lineWideBytes += consumed - rune.Utf16SequenceLength;
            i += consumed;
        }
    }

    // Reads the escape sequence at `position` (a backslash) and returns its code point (spec §2.9.4).
    private readonly int ReadEscape(int position, out int size)
    {
        var escaped = At(position + 1);
        switch (escaped)
        {
            case '"': size = 2; return '"';
            case '\\': size = 2; return '\\';
            case '/': size = 2; return '/';
            case 'b': size = 2; return '\b';
            case 'f': size = 2; return '\f';
            case 'n': size = 2; return '\n';
            case 'r': size = 2; return '\r';
            case 't': size = 2; return '\t';
            case 'u' when At(position + 2) == '{':
                return ReadVariableWidthEscape(position, out size);
            case 'u':
                return ReadFixedWidthEscape(position, out size);
        }

        throw Error(position, $"Invalid character escape sequence: \"{Slice(position, Utf16Offset(position, 2))}\".");
    }

    // \u{1F600}: hex digits naming a Unicode scalar value. As in graphql-js, at most twelve characters
    // (\u{00000000}) are read and the code point is accumulated in 32 bits, stopping as soon as it turns
    // negative, so error messages quote the same text.
    private readonly int ReadVariableWidthEscape(int position, out int size)
    {
        var point = 0;
        size = 3;
        while (size < 12)
        {
            var code = At(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsScalarValue(point))
                {
                    break;
                }

                return point;
            }

            point = (point << 4) | CharacterClasses.HexValue(code);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, WholeCharacterEnd(position + size))}\".");
    }

    // \u0041, and JSON-style surrogate pairs \uD83D\uDE00 (a lone surrogate is an error).
    private readonly int ReadFixedWidthEscape(int position, out int size)
    {
        var code = ReadHex4(position + 2);
        if (code >= 0 && IsScalarValue(code))
        {
            size = 6;
            return code;
        }

        if (code is >= 0xD800 and <= 0xDBFF && At(position + 6) == '\\' && At(position + 7) == 'u')
        {
            var trailing = ReadHex4(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                size = 12;
                return char.ConvertToUtf32((char)code, (char)trailing);
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, Utf16Offset(position, 6))}\".");
    }

    private readonly int ReadHex4(int position)
    {
        var value = 0;
        for (var i = 0; i < 4; i++)
        {
            var hex = CharacterClasses.HexValue(At(position + i));
            if (hex < 0)
            {
                return -1;
            }

            value = (value << 4) | hex;
        }

        return value;
    }

    private static bool IsScalarValue(long point) => point is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private readonly string CookString(ReadOnlySpan<byte> raw)
    {
        var builder = new StringBuilder(raw.Length);
        var offset = ValueStart;
        var segmentStart = 0;
        for (var i = 0; i < raw.Length;)
        {
            if (raw[i] != '\\')
            {
                i++;
                continue;
            }

            AppendUtf8(builder, raw[segmentStart..i]);
            var point = ReadEscape(offset + i, out var size);
            builder.Append(new Rune(point).ToString());
            i += size;
            segmentStart = i;
        }

        AppendUtf8(builder, raw[segmentStart..]);
        return builder.ToString();
    }

    private static void AppendUtf8(StringBuilder builder, ReadOnlySpan<byte> utf8)
    {
        if (!utf8.IsEmpty)
        {
            builder.Append(Encoding.UTF8.GetString(utf8));
        }
    }

    // Source text quoted in a message. A surrogate encoded by the string overloads decodes back to itself, so the
    // message quotes what the caller's string holds, as graphql-js would.
    private readonly string Slice(int start, int end)
    {
        var text = new StringBuilder(end - start);
        for (var position = start; position < end;)
        {
            var surrogate = EncodedSurrogateAt(position);
            if (surrogate >= 0 && position + 3 <= end)
            {
                text.Append((char)surrogate);
                position += 3;
                continue;
            }

            var valid = Rune.DecodeFromUtf8(_source[position..end], out var rune, out var consumed) == OperationStatus.Done;
            text.Append(valid ? rune.ToString() : "\uFFFD");
            position += consumed;
        }

        return text.ToString();
    }

    // Where `units` UTF-16 code units from `position` end, for quoting source text as graphql-js slices it;
    // never inside a character, nor past the end of the source.
    private readonly int Utf16Offset(int position, int units)
    {
        while (units > 0 && position < _source.Length)
        {
            var valid = Rune.DecodeFromUtf8(_source[position..], out var rune, out var consumed) == OperationStatus.Done;
            units -= valid ? rune.Utf16SequenceLength : 1;
            position += EncodedSurrogateAt(position) >= 0 ? 3 : consumed;
        }

        return position;
    }

    // `end`, moved past the rest of a character it falls inside, and no further than the end of the source.
    private readonly int WholeCharacterEnd(int end)
    {
        end = Math.Min(end, _source.Length);
        while (end < _source.Length && (_source[end] & 0xC0) == 0x80)
        {
            end++;
        }

        return end;
    }

    // A surrogate code point in generalized UTF-8 (ED A0..BF 80..BF): never valid UTF-8, but it is how the
    // string overloads of the parser pass on a lone surrogate, which graphql-js names as U+D800 and so on.
    private readonly int EncodedSurrogateAt(int position) =>
        At(position) == 0xED && At(position + 1) is >= 0xA0 and <= 0xBF && At(position + 2) is >= 0x80 and <= 0xBF
            ? 0xD000 | ((At(position + 1) & 0x3F) << 6) | (At(position + 2) & 0x3F)
            : -1;

    // graphql-js 16's wording, "more that" included, so messages match the reference implementation.
    private readonly GraphQLSyntaxError TooManyTokens(int position) =>
        Error(position, $"Document contains more that {_maxTokens} tokens. Parsing aborted.");

    private readonly GraphQLSyntaxError UnexpectedCharacter(int position)
    {
        if (_source[position] == '\'')
        {
            return Error(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        var valid = Rune.DecodeFromUtf8(_source[position..], out _, out _) == OperationStatus.Done;
        return Error(position, $"{(valid ? "Unexpected" : "Invalid")} character: {DescribeCharacter(position)}.");
    }

    private static TokenKind[] BuildPunctuators()
    {
        var kinds = new TokenKind[256];
        Array.Fill(kinds, NotPunctuator);
        foreach (var (code, kind) in new[]
        {
            ('!', TokenKind.Bang), ('$', TokenKind.Dollar), ('&', TokenKind.Ampersand), ('(', TokenKind.LeftParenthesis),
            (')', TokenKind.RightParenthesis), (':', TokenKind.Colon), ('=', TokenKind.Equals), ('@', TokenKind.At),
            ('[', TokenKind.LeftBracket), (']', TokenKind.RightBracket), ('{', TokenKind.LeftBrace), ('|', TokenKind.Pipe),
            ('}', TokenKind.RightBrace),
        })
        {
            kinds[code] = kind;
        }

        return kinds;
    }

    /// <summary>A character as graphql-js names it in messages: "a", '"', U+00E9, or &lt;EOF&gt;.</summary>
    private readonly string DescribeCharacter(int position)
    {
        if (position >= _source.Length)
        {
            return "<EOF>";
        }

        var code = _source[position];
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        if (Rune.DecodeFromUtf8(_source[position..], out var rune, out _) == OperationStatus.Done)
        {
            return $"U+{rune.Value:X4}";
        }

        var surrogate = EncodedSurrogateAt(position);
        return surrogate >= 0 ? $"U+{surrogate:X4}" : $"invalid UTF-8 byte 0x{code:X2}";
    }
}
