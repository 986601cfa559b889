namespace ProfileGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// Checks a POST body's Content-Type: <c>application/json</c>, in UTF-8 (assumed when no charset is given, as the
/// draft requires). Anything else is refused with 415.
/// </summary>
internal static class RequestContentType
{
    public static void EnsureJson(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            throw new GraphQLHttpException(415, HttpErrorCodes.UnsupportedMediaType, "A POST request needs a Content-Type header: send the request as application/json.");
        }

        var parts = contentType.AsSpan().Split(';');
        parts.MoveNext();
        var supported = contentType.AsSpan()[parts.Current].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase);
        while (supported && parts.MoveNext())
        {
            var parameter = contentType.AsSpan()[parts.Current].Trim();
            var equals = parameter.IndexOf('=');
            if (equals > 0 && parameter[..equals].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                var charset = parameter[(equals + 1)..].Trim().Trim('"');
                supported = charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
            }
        }

        if (!supported)
        {
            throw new GraphQLHttpException(415, HttpErrorCodes.UnsupportedMediaType, $"Content-Type \"{contentType}\" is not supported: send the request as application/json in UTF-8.");
        }
    }
}
