using Microsoft.AspNetCore.Http;
using ProfileGraph.Emulators.Hosting;
using ProfileGraph.Emulators.Json;

namespace ProfileGraph.Emulators.Telegram;

/// <summary>Infobip errors: a status code with the <c>requestError.serviceException</c> body; no Retry-After.</summary>
internal sealed class InfobipErrorResponses : IProviderErrorResponses
{
    public Task WriteServerErrorAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status500InternalServerError, "GENERAL_ERROR", "Something went wrong. Please contact support.");

    public Task WriteTooManyRequestsAsync(HttpContext context, TimeSpan retryAfter) =>
        WriteAsync(context, StatusCodes.Status429TooManyRequests, "TOO_MANY_REQUESTS", "Too many requests");

    public static Task WriteAsync(
        HttpContext context,
        int statusCode,
        string messageId,
        string text,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? validationErrors = null) =>
        EmulatorJson.WriteAsync(
            context.Response,
            statusCode,
            new InfobipErrorResponse(new InfobipRequestError(new InfobipServiceException(messageId, text) { ValidationErrors = validationErrors })),
            EmulatorJson.Context.InfobipErrorResponse);
}
