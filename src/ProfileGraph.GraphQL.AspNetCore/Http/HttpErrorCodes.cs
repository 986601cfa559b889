namespace ProfileGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// The <c>extensions.code</c> of errors the transport raises before the engine sees a request, beside the engine's
/// <see cref="Execution.ErrorCodes"/>: each names the HTTP status it comes with.
/// </summary>
public static class HttpErrorCodes
{
    /// <summary>400: the body is not JSON, or not a well-formed GraphQL-over-HTTP request (a missing query, a parameter of the wrong type).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>405: a method other than GET and POST, or GET when GET requests are off.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>406: the Accept header admits none of the response media types.</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>413: the body is larger than <see cref="GraphQLHttpOptions.MaxRequestBodySize"/>.</summary>
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";

    /// <summary>415: a POST body that is not <c>application/json</c> in UTF-8.</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
}
