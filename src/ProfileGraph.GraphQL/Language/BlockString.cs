using System.Buffers;
using System.Text;

namespace ProfileGraph.GraphQL.Language;

/// <summary>Block strings (spec §2.9.4): the BlockStringValue dedent algorithm and graphql-js's printing.</summary>
public static class BlockString
{
    /// <summary>The cooked value of a block string from its raw UTF-8 content between the triple quotes.</summary>
    public static string Dedent(ReadOnlySpan<byte> raw)
    {
        // First pass: the common indentation of all lines but the first, and the first and last non-blank lines.
        var commonIndent = int.MaxValue;
        var first = -1;
        var last = -1;
        var index = 0;
        for (var rest = raw; ; index++)
        {
            var line = NextLine(ref rest, out var more);
            var indent = LeadingWhiteSpace(line);
            if (indent < line.Length)
            {
                first = first < 0 ? index : first;
                last = index;
                if (index != 0 && indent < commonIndent)
                {
                    commonIndent = indent;
                }
            }

            if (!more)
            {
                break;
            }
        }

        if (first < 0)
        {
            return string.Empty;
        }

        // Second pass: the kept lines, dedented, joined by \n, with \""" unescaped, in one buffer (on the stack
        // no larger than the content, as it is zeroed on every call).
        var rented = raw.Length > 512 ? ArrayPool<byte>.Shared.Rent(raw.Length) : null;
        var buffer = rented ?? stackalloc byte[raw.Length];
        var length = 0;
        index = 0;
        for (var rest = raw; index <= last; index++)
        {
            var line = NextLine(ref rest, out _);
            if (index < first)
            {
                continue;
            }

            if (index != 0)
            {
                line = line[Math.Min(commonIndent, line.Length)..];
            }

            if (index != first)
            {
                buffer[length++] = (byte)'\n';
            }

            length += CopyUnescaped(line, buffer[length..]);
        }

        var value = Encoding.UTF8.GetString(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return value;
    }

    /// <summary>
    /// Whether a block string can carry <paramref name="value"/> unchanged (graphql-js's <c>isPrintableAsBlockString</c>):
    /// no control characters, carriage returns, leading or trailing blank lines, or indentation common to all lines.
    /// </summary>
    public static bool IsPrintable(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                // graphql-js's list of non-printable characters, quirks included.
                case <= '\u0008' or '\u000B' or '\u000C' or '\u000E' or '\u000F' or '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }

    /// <summary>Prints a value as a block string the way graphql-js's <c>printBlockString</c> does.</summary>
    public static string Print(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1 && lines.Skip(1).All(line => line.Length == 0 || IsWhiteSpace(line[0]));
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);

        var builder = new StringBuilder(value.Length + 8).Append("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            builder.Append('\n');
        }

        return builder.Append("\"\"\"").ToString();
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';

    private static int LeadingWhiteSpace(ReadOnlySpan<byte> line)
    {
        var i = 0;
        while (i < line.Length && line[i] is (byte)' ' or (byte)'\t')
        {
            i++;
        }

        return i;
    }

    // Cuts the next line off `rest`; a line ends at \n, \r or \r\n.
    private static ReadOnlySpan<byte> NextLine(ref ReadOnlySpan<byte> rest, out bool more)
    {
        var end = rest.IndexOfAny((byte)'\n', (byte)'\r');
        if (end < 0)
        {
            var whole = rest;
            rest = default;
            more = false;
            return whole;
        }

        var line = rest[..end];
        var terminator = rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1;
        rest = rest[(end + terminator)..];
        more = true;
        return line;
    }

    // The only escape in a block string is \""" for a literal """.
    private static int CopyUnescaped(ReadOnlySpan<byte> line, Span<byte> destination)
    {
        var written = 0;
        while (true)
        {
            var escape = line.IndexOf("\\\"\"\""u8);
            if (escape < 0)
            {
                line.CopyTo(destination[written..]);
                return written + line.Length;
            }

            line[..escape].CopyTo(destination[written..]);
            written += escape;
            line = line[(escape + 1)..];
        }
    }
}
