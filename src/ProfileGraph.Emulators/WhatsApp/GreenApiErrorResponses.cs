using Microsoft.AspNetCore.Http;
using ProfileGraph.Emulators.Hosting;

namespace ProfileGraph.Emulators.WhatsApp;

/// <summary>GREEN-API's gateway errors: the status code is the whole message (502 to retry, 429 to slow down).</summary>
internal sealed class GreenApiErrorResponses : IProviderErrorResponses
{
    public Task WriteServerErrorAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status502BadGateway;
        return Task.CompletedTask;
    }

    public Task WriteTooManyRequestsAsync(HttpContext context, TimeSpan retryAfter)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        return Task.CompletedTask;
    }
}
