using Microsoft.AspNetCore.Http;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Emulators.Observability;

namespace ProfileGraph.Emulators.Hosting;

/// <summary>One request reaching a provider handler, once latency and injected faults have passed.</summary>
internal sealed class EmulatedCall(
    HttpContext http,
    EmulatorState state,
    EndpointCounter counter,
    FaultProfile faults,
    IProviderErrorResponses errors,
    DateTimeOffset arrivedAt)
{
    public HttpContext Http { get; } = http;

    public EmulatorState State { get; } = state;

    public EndpointCounter Counter { get; } = counter;

    /// <summary>
    /// Takes a permit of a provider rate limit in the window the request arrived in (before its latency); when none
    /// is left, answers with the provider's own 429 and returns true. Never throttles while the provider's rate
    /// limits are switched off.
    /// </summary>
    public async Task<bool> ThrottledAsync(string key, RateLimitRule rule)
    {
        if (!faults.RateLimits || State.RateLimiter.TryAcquire(key, rule, arrivedAt, out var retryAfter))
        {
            return false;
        }

        await errors.WriteTooManyRequestsAsync(Http, retryAfter);
        return true;
    }
}
