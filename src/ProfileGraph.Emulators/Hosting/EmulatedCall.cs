using Microsoft.AspNetCore.Http;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Emulators.Observability;

namespace ProfileGraph.Emulators.Hosting;

/// <summary>One request reaching a provider handler, once latency and injected faults have passed.</summary>
internal sealed class EmulatedCall(HttpContext http, EmulatorState state, EndpointCounter counter, FaultProfile faults)
{
    public HttpContext Http { get; } = http;

    public EmulatorState State { get; } = state;

    public EndpointCounter Counter { get; } = counter;

    /// <summary>Takes a permit of a provider rate limit; always succeeds while rate limits are switched off.</summary>
    public bool TryTakePermit(string key, RateLimitRule rule, out TimeSpan retryAfter)
    {
        if (!faults.RateLimits)
        {
            retryAfter = TimeSpan.Zero;
            return true;
        }

        return State.RateLimiter.TryAcquire(key, rule, out retryAfter);
    }
}
