using Microsoft.AspNetCore.Http;
using ProfileGraph.GraphQL.AspNetCore.Web;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Execution.Results;

namespace ProfileGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// Writes responses straight into the body's <see cref="System.IO.Pipelines.PipeWriter"/>: the JSON writer fills
/// Kestrel's own output buffers, with no intermediate copy, and Kestrel sends them when the request ends. A request
/// that accepts a content encoding has its response sized first (<see cref="ResponseCompressor"/>), and every
/// response gets its <c>Cache-Control</c> (<see cref="CacheControlHeader"/>).
/// </summary>
internal static class GraphQLResponseWriter
{
    private const string GraphQLResponseJson = "application/graphql-response+json; charset=utf-8";
    private const string Json = "application/json; charset=utf-8";

    public static void Start(HttpResponse response, ResponseMediaType mediaType, int statusCode)
    {
        response.StatusCode = statusCode;
        response.ContentType = mediaType == ResponseMediaType.GraphQLResponseJson ? GraphQLResponseJson : Json;
        if (statusCode == StatusCodes.Status405MethodNotAllowed)
        {
            // A mutation over GET: RFC 9110 requires Allow with 405.
            response.Headers.Allow = "POST";
        }
    }

    /// <summary>Writes <paramref name="result"/> with its status and headers; compressed by <paramref name="compressor"/> when it says so.</summary>
    public static void Write(HttpContext context, ResponseMediaType mediaType, int statusCode, ExecutionResult result, bool isGet, ResponseCompressor? compressor)
    {
        var response = context.Response;
        Start(response, mediaType, statusCode);
        CacheControlHeader.Apply(context, result, isGet);
        if (statusCode == StatusCodes.Status429TooManyRequests && result.Errors is [{ Extensions: { } extensions }, ..] && extensions.TryGetValue("retryAfter", out var retryAfter))
        {
            response.Headers.RetryAfter = Convert.ToString(retryAfter, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (compressor is null)
        {
            result.WriteTo(response.BodyWriter);
        }
        else
        {
            compressor.Write(context, result);
        }
    }

    /// <summary>
    /// A request refused before execution: an errors-only GraphQL response in <c>application/json</c>, since it is no
    /// response to a GraphQL request (the draft keeps <c>application/graphql-response+json</c> for those).
    /// </summary>
    public static void WriteError(HttpResponse response, GraphQLHttpException error, string? allow = null)
    {
        response.StatusCode = error.StatusCode;
        response.ContentType = Json;
        response.Headers.CacheControl = CacheControlHeader.NoStore;
        if (allow is not null)
        {
            response.Headers.Allow = allow;
        }

        new ExecutionResult([new GraphQLError(error.Message, error.Code)]).WriteTo(response.BodyWriter);
    }
}
