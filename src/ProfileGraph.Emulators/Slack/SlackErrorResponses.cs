using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ProfileGraph.Emulators.Hosting;
using ProfileGraph.Emulators.Json;

namespace ProfileGraph.Emulators.Slack;

/// <summary>
/// Slack's throttling answer (429, <c>ratelimited</c>, <c>Retry-After</c> in whole seconds; or the undocumented
/// HTTP 200 variant) and outage answer.
/// </summary>
internal sealed class SlackErrorResponses : IProviderErrorResponses
{
    public Task WriteServerErrorAsync(HttpContext context) =>
        EmulatorJson.WriteAsync(context.Response, StatusCodes.Status503ServiceUnavailable, new SlackResponse { Error = "service_unavailable" }, EmulatorJson.Context.SlackResponse);

    public Task WriteTooManyRequestsAsync(HttpContext context, TimeSpan retryAfter)
    {
        if (context.RequestServices.GetRequiredService<EmulatorState>().Options.Slack.RateLimitedWithHttp200)
        {
            return EmulatorJson.WriteAsync(context.Response, StatusCodes.Status200OK, new SlackResponse { Error = "ratelimited" }, EmulatorJson.Context.SlackResponse);
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return EmulatorJson.WriteAsync(context.Response, StatusCodes.Status429TooManyRequests, new SlackResponse { Error = "ratelimited" }, EmulatorJson.Context.SlackResponse);
    }
}
