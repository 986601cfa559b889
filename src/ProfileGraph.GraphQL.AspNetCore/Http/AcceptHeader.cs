using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace ProfileGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// Content negotiation on the Accept header (RFC 9110 §12.5.1) between the two GraphQL response media types, read
/// without allocating since it runs for every request. Each type takes the quality of the most specific range that
/// matches it (exact, then <c>application/*</c>, then <c>*/*</c>); the higher quality wins. On a tie
/// <c>application/graphql-response+json</c> wins when the client named it, and <c>application/json</c> otherwise, so
/// legacy clients that send <c>*/*</c> or no Accept header at all get the type they know (the draft's legacy rule,
/// checked by the graphql-http audits 47DE and 80D8).
/// </summary>
internal static class AcceptHeader
{
    private const int Unmatched = -1;
    private const int Exact = 2;

    public static ResponseMediaType Negotiate(StringValues accept)
    {
        var graphql = (Specificity: Unmatched, Quality: 0.0);
        var json = (Specificity: Unmatched, Quality: 0.0);
        var ranges = 0;
        foreach (var value in accept)
        {
            foreach (var part in value.AsSpan().Split(','))
            {
                if (!TryReadRange(value.AsSpan()[part], out var type, out var subtype, out var quality))
                {
                    continue;
                }

                ranges++;
                Consider(ref graphql, Specificity(type, subtype, "graphql-response+json"), quality);
                Consider(ref json, Specificity(type, subtype, "json"), quality);
            }
        }

        if (ranges == 0)
        {
            return ResponseMediaType.Json;
        }

        var graphqlQuality = graphql.Specificity == Unmatched ? 0 : graphql.Quality;
        var jsonQuality = json.Specificity == Unmatched ? 0 : json.Quality;
        if (graphqlQuality <= 0 && jsonQuality <= 0)
        {
            return ResponseMediaType.None;
        }

        if (graphqlQuality != jsonQuality)
        {
            return graphqlQuality > jsonQuality ? ResponseMediaType.GraphQLResponseJson : ResponseMediaType.Json;
        }

        return graphql.Specificity == Exact ? ResponseMediaType.GraphQLResponseJson : ResponseMediaType.Json;
    }

    /// <summary>Whether the client names <c>text/html</c>: a browser navigating, not a GraphQL client.</summary>
    public static bool AcceptsHtml(StringValues accept)
    {
        foreach (var value in accept)
        {
            foreach (var part in value.AsSpan().Split(','))
            {
                if (TryReadRange(value.AsSpan()[part], out var type, out var subtype, out var quality)
                    && quality > 0 && type.Equals("text", StringComparison.OrdinalIgnoreCase) && subtype.Equals("html", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void Consider(ref (int Specificity, double Quality) best, int specificity, double quality)
    {
        if (specificity > best.Specificity)
        {
            best = (specificity, quality);
        }
        else if (specificity == best.Specificity && specificity != Unmatched)
        {
            best.Quality = Math.Max(best.Quality, quality);
        }
    }

    // How specifically "type/subtype" names application/<subtype>: 2 exactly, 1 as application/*, 0 as */*.
    private static int Specificity(ReadOnlySpan<char> type, ReadOnlySpan<char> subtype, string applicationSubtype)
    {
        if (type.SequenceEqual("*") && subtype.SequenceEqual("*"))
        {
            return 0;
        }

        if (!type.Equals("application", StringComparison.OrdinalIgnoreCase))
        {
            return Unmatched;
        }

        return subtype.SequenceEqual("*") ? 1 : subtype.Equals(applicationSubtype, StringComparison.OrdinalIgnoreCase) ? Exact : Unmatched;
    }

    // One media range: "type/subtype" and its parameters, of which only q counts (1 when absent or unreadable).
    private static bool TryReadRange(ReadOnlySpan<char> range, out ReadOnlySpan<char> type, out ReadOnlySpan<char> subtype, out double quality)
    {
        type = subtype = default;
        quality = 1;
        var parameters = range.Split(';');
        if (!parameters.MoveNext())
        {
            return false;
        }

        var mediaRange = range[parameters.Current].Trim();
        var slash = mediaRange.IndexOf('/');
        if (slash <= 0 || slash == mediaRange.Length - 1)
        {
            return false;
        }

        type = mediaRange[..slash].Trim();
        subtype = mediaRange[(slash + 1)..].Trim();
        while (parameters.MoveNext())
        {
            var parameter = range[parameters.Current].Trim();
            if (parameter.Length > 2 && (parameter[0] is 'q' or 'Q') && parameter[1] == '='
                && double.TryParse(parameter[2..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var q))
            {
                quality = Math.Clamp(q, 0, 1);
            }
        }

        return true;
    }
}
