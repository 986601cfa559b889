using Polly.CircuitBreaker;
using ProfileGraph.Providers.Errors;

namespace ProfileGraph.Providers.Status;

/// <summary>One provider's health at a moment: its breaker, and how its calls fared over the recent window.</summary>
/// <param name="Breaker">Closed (normal), Open (failing fast), HalfOpen (a trial call is through) or Isolated.</param>
/// <param name="ErrorRate">Failed calls over all calls in <paramref name="Window"/>, 0 when there were none. A missing user or an invalid id is no failure of the provider.</param>
/// <param name="LastError">The kind of the latest failure in the window, if any.</param>
public sealed record ProviderStatus(
    Provider Provider,
    CircuitState Breaker,
    double ErrorRate,
    long Calls,
    long Failures,
    TimeSpan Window,
    ProviderErrorKind? LastError,
    DateTimeOffset? LastErrorAt);
