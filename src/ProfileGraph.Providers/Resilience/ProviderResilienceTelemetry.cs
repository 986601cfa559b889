using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using ProfileGraph.Providers.Errors;

namespace ProfileGraph.Providers.Resilience;

/// <summary>
/// Logs and counts what the pipelines do: each call's outcome and duration, and the events that explain it
/// (retry, circuit opened, half-opened and closed, timeout, rate-limited). Logs carry providers, operations,
/// error kinds and provider codes, never URLs or frames, so no credential can reach them.
/// </summary>
public sealed partial class ProviderResilienceTelemetry
{
    /// <summary>The meter's name, for a <see cref="MeterListener"/> or an OpenTelemetry exporter.</summary>
    public const string MeterName = "ProfileGraph.Providers";

    private readonly ILogger _logger;
    private readonly Counter<long> _calls;
    private readonly Histogram<double> _callDuration;
    private readonly Counter<long> _events;

    public ProviderResilienceTelemetry(IMeterFactory meters, ILogger<ProviderResilienceTelemetry> logger)
    {
        _logger = logger;
        var meter = meters.Create(MeterName);
        _calls = meter.CreateCounter<long>("profilegraph.provider.calls", description: "Provider calls by outcome (success or error kind)");
        _callDuration = meter.CreateHistogram<double>("profilegraph.provider.call_duration", "s", "Provider calls, retries and waits included");
        _events = meter.CreateCounter<long>("profilegraph.provider.resilience_events", description: "Retries, breaker transitions, timeouts and rate limiting");
    }

    internal void CallCompleted(ProviderOperation operation, TimeSpan duration, ProviderException? failure)
    {
        var outcome = failure is null ? "success" : failure.Kind.ToString();
        var tags = new TagList { { "provider", operation.Provider.ToString() }, { "operation", operation.Name }, { "outcome", outcome } };
        _calls.Add(1, tags);
        _callDuration.Record(duration.TotalSeconds, tags);
        if (failure is null)
        {
            LogCallSucceeded(operation.Provider, operation.Name, duration.TotalMilliseconds);
        }
        else
        {
            // A missing user or a refused id is an answer, not trouble with the provider.
            var level = failure.CountsAgainstProvider ? LogLevel.Warning : LogLevel.Debug;
            LogCallFailed(level, operation.Provider, operation.Name, failure.Kind, failure.ProviderCode, duration.TotalMilliseconds);
        }
    }

    internal void Retrying(ProviderOperation operation, int attempt, TimeSpan delay, Exception? reason)
    {
        Count(operation.Provider, "retry");
        var description = Describe(reason);
        LogRetrying(operation.Provider, operation.Name, attempt, delay.TotalMilliseconds, (reason as ProviderException)?.Kind, description);
    }

    internal void TimedOut(ProviderOperation operation, string scope, TimeSpan timeout)
    {
        Count(operation.Provider, "timeout");
        LogTimedOut(operation.Provider, operation.Name, scope, timeout.TotalMilliseconds);
    }

    internal void RateLimited(ProviderOperation operation, string limit, TimeSpan? retryAfter)
    {
        Count(operation.Provider, "rate_limited");
        LogRateLimited(operation.Provider, operation.Name, limit, retryAfter?.TotalMilliseconds);
    }

    internal void CircuitOpened(Provider provider, TimeSpan breakDuration, Exception? reason)
    {
        Count(provider, "circuit_opened");
        var description = Describe(reason);
        LogCircuitOpened(provider, breakDuration.TotalMilliseconds, description);
    }

    internal void CircuitHalfOpened(Provider provider)
    {
        Count(provider, "circuit_half_opened");
        LogCircuitHalfOpened(provider);
    }

    internal void CircuitClosed(Provider provider)
    {
        Count(provider, "circuit_closed");
        LogCircuitClosed(provider);
    }

    /// <summary>What failed, without the exception's own message unless it is one of ours (which hold no secrets).</summary>
    private static string Describe(Exception? reason) => reason switch
    {
        null => "a failed result",
        ProviderException failure => failure.Message,
        _ => reason.GetType().Name,
    };

    private void Count(Provider provider, string name) =>
        _events.Add(1, new TagList { { "provider", provider.ToString() }, { "event", name } });

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "{Provider} {Operation} succeeded in {ElapsedMs:F0} ms")]
    private partial void LogCallSucceeded(Provider provider, string operation, double elapsedMs);

    [LoggerMessage(EventId = 2, Message = "{Provider} {Operation} failed: {ErrorKind} ({ProviderCode}) after {ElapsedMs:F0} ms")]
    private partial void LogCallFailed(LogLevel level, Provider provider, string operation, ProviderErrorKind errorKind, string? providerCode, double elapsedMs);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "{Provider} {Operation}: retry {Attempt} in {DelayMs:F0} ms after {ErrorKind}: {Reason}")]
    private partial void LogRetrying(Provider provider, string operation, int attempt, double delayMs, ProviderErrorKind? errorKind, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "{Provider} {Operation}: {Scope} timeout of {TimeoutMs:F0} ms reached")]
    private partial void LogTimedOut(Provider provider, string operation, string scope, double timeoutMs);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "{Provider} {Operation}: refused by the {Limit} limit, retry after {RetryAfterMs} ms")]
    private partial void LogRateLimited(Provider provider, string operation, string limit, double? retryAfterMs);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "{Provider}: circuit opened for {BreakMs:F0} ms after {Reason}")]
    private partial void LogCircuitOpened(Provider provider, double breakMs, string reason);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "{Provider}: circuit half-open, letting a trial call through")]
    private partial void LogCircuitHalfOpened(Provider provider);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "{Provider}: circuit closed")]
    private partial void LogCircuitClosed(Provider provider);
}
