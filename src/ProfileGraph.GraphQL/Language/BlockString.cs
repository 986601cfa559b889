using System.Text;

namespace ProfileGraph.GraphQL.Language;

/// <summary>Block strings (spec §2.9.4): the BlockStringValue dedent algorithm and graphql-js's printing.</summary>
public static class BlockString
{
    /// <summary>The cooked value of a block string from its raw UTF-8 content between the triple quotes.</summary>
    public static string Dedent(ReadOnlySpan<byte> raw)
    {
        var lines = SplitLines(raw);
        var commonIndent = int.MaxValue;
        var first = -1;
        var last = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = raw[lines[i]];
            var indent = LeadingWhiteSpace(line);
            if (indent == line.Length)
            {
                continue;
            }

            first = first < 0 ? i : first;
            last = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (first < 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(raw.Length);
        for (var i = first; i <= last; i++)
        {
            var line = raw[lines[i]];
            if (i != 0)
            {
                line = line[Math.Min(commonIndent, line.Length)..];
            }

            if (i != first)
            {
                builder.Append('\n');
            }

            AppendUnescaped(builder, line);
        }

        return builder.ToString();
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

    private static List<Range> SplitLines(ReadOnlySpan<byte> raw)
    {
        var lines = new List<Range>();
        var start = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\n' || raw[i] == '\r')
            {
                lines.Add(start..i);
                if (raw[i] == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add(start..raw.Length);
        return lines;
    }

    // The only escape in a block string is \""" for a literal """.
    private static void AppendUnescaped(StringBuilder builder, ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var escape = line.IndexOf("\\\"\"\""u8);
            if (escape < 0)
            {
                builder.Append(Encoding.UTF8.GetString(line));
                return;
            }

            builder.Append(Encoding.UTF8.GetString(line[..escape])).Append("\"\"\"");
            line = line[(escape + 4)..];
        }
    }
}
