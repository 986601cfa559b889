using Microsoft.AspNetCore.Http;

namespace ProfileGraph.Emulators.Hosting;

/// <summary>How one provider says "server error" and "too many requests" on the wire.</summary>
internal interface IProviderErrorResponses
{
    Task WriteServerErrorAsync(HttpContext context);

    Task WriteTooManyRequestsAsync(HttpContext context, TimeSpan retryAfter);
}
