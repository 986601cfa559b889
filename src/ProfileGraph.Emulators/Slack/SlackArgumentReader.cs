using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ProfileGraph.Emulators.Slack;

/// <summary>
/// Reads arguments per the Slack Web API calling conventions: a urlencoded query string, or a POST
/// body typed urlencoded, multipart or text/plain, with the documented errors and charset warnings.
/// </summary>
internal static class SlackArgumentReader
{
    private const int MaxArgumentNameLength = 64;
    private static readonly string[] ValidCharsets = ["utf-8", "iso-8859-1"];

    public static async Task<SlackArguments> ReadAsync(HttpRequest request)
    {
        var arguments = new SlackArguments();
        // The query never carries the token: Slack refuses query tokens for current apps.
        arguments.Error = Parse(request.QueryString.HasValue ? request.QueryString.Value![1..] : "", arguments, strict: false);
        arguments.Values.Remove("token");
        if (arguments.Error is null && HttpMethods.IsPost(request.Method))
        {
            arguments.Error = await ReadBodyAsync(request, arguments);
        }

        var authorization = request.Headers.Authorization.ToString();
        arguments.Token = authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? authorization["Bearer ".Length..].Trim()
            : arguments.Get("token");
        return arguments;
    }

    private static async Task<string?> ReadBodyAsync(HttpRequest request, SlackArguments arguments)
    {
        var hasBody = request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0;
        if (string.IsNullOrEmpty(request.ContentType))
        {
            return hasBody ? "missing_post_type" : null;
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType))
        {
            return "invalid_post_type";
        }

        var mediaType = contentType.MediaType.Value?.ToLowerInvariant();
        var charset = contentType.Charset.HasValue ? contentType.Charset.Value!.Trim('"').ToLowerInvariant() : null;
        if (charset is not null && !ValidCharsets.Contains(charset))
        {
            return "invalid_charset";
        }

        try
        {
            switch (mediaType)
            {
                case "application/x-www-form-urlencoded":
                    return Parse(await ReadTextAsync(request, charset), arguments, strict: true);
                case "text/plain":
                    if (charset is null)
                    {
                        arguments.Warnings.Add("missing_charset");
                    }

                    return Parse(await ReadTextAsync(request, charset), arguments, strict: true);
                case "multipart/form-data":
                    if (charset is not null)
                    {
                        arguments.Warnings.Add("superfluous_charset");
                    }

                    return await ReadMultipartAsync(request, arguments);
                default:
                    return "invalid_post_type";
            }
        }
        catch (Exception exception) when (exception is Microsoft.AspNetCore.Http.BadHttpRequestException or IOException)
        {
            // The body ended before its Content-Length.
            return "request_timeout";
        }
    }

    private static async Task<string> ReadTextAsync(HttpRequest request, string? charset)
    {
        var encoding = charset == "iso-8859-1" ? Encoding.Latin1 : Encoding.UTF8;
        using var reader = new StreamReader(request.Body, encoding);
        return await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
    }

    private static async Task<string?> ReadMultipartAsync(HttpRequest request, SlackArguments arguments)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException)
        {
            return "invalid_form_data";
        }

        foreach (var (name, value) in form)
        {
            var problem = NameProblem(name);
            if (problem is not null)
            {
                return problem;
            }

            arguments.Values[name] = value.ToString();
        }

        return null;
    }

    /// <summary>Parses urlencoded pairs; strict parsing (bodies) refuses malformed escapes.</summary>
    private static string? Parse(string text, SlackArguments arguments, bool strict)
    {
        foreach (var pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = pair.IndexOf('=', StringComparison.Ordinal);
            var rawName = separator < 0 ? pair : pair[..separator];
            var rawValue = separator < 0 ? "" : pair[(separator + 1)..];
            if (!TryDecode(rawName, out var name) || !TryDecode(rawValue, out var value))
            {
                if (strict)
                {
                    return "invalid_form_data";
                }

                continue;
            }

            var problem = NameProblem(name);
            if (problem is not null)
            {
                return problem;
            }

            arguments.Values[name] = value;
        }

        return null;
    }

    private static string? NameProblem(string name)
    {
        if (name.Contains('[', StringComparison.Ordinal))
        {
            return "invalid_array_arg";
        }

        return name.Length is 0 or > MaxArgumentNameLength || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? "invalid_arg_name"
            : null;
    }

    private static bool TryDecode(string encoded, out string decoded)
    {
        var bytes = new List<byte>(encoded.Length);
        var literal = new StringBuilder();
        for (var i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] != '%')
            {
                literal.Append(encoded[i] == '+' ? ' ' : encoded[i]);
                continue;
            }

            if (i + 2 >= encoded.Length || !byte.TryParse(encoded.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var escaped))
            {
                decoded = "";
                return false;
            }

            bytes.AddRange(Encoding.UTF8.GetBytes(literal.ToString()));
            literal.Clear();
            bytes.Add(escaped);
            i += 2;
        }

        bytes.AddRange(Encoding.UTF8.GetBytes(literal.ToString()));
        decoded = Encoding.UTF8.GetString([.. bytes]);
        return true;
    }
}
