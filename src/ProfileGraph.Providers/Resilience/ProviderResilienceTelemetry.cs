using System.Diagnostics;
using System.Globalization;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using ProfileGraph.Providers.Errors;

namespace ProfileGraph.Providers.Resilience;

/// <summary>
/// Logs and counts what the pipelines do: each call's outcome and duration, and the events that explain it
/// (retry, circuit opened, half-opened and closed, timeout, rate-limited). Every event is counted on the meter;
/// failures, retries, timeouts and refusals are logged one per provider per <see cref="SummaryInterval"/>, with the
/// rest of the interval's summed up in one line at its end, so a provider in trouble cannot flood the log; breaker
/// transitions, a few a minute at most, are logged as they happen. Logs carry providers, operations, error kinds and
/// provider codes, never URLs or frames, so no credential can reach them.
/// </summary>
public sealed partial class ProviderResilienceTelemetry : IDisposable
{
    /// <summary>How often held-back events are summed up in the log.</summary>
    public static readonly TimeSpan SummaryInterval = TimeSpan.FromSeconds(10);

    /// <summary>The meter's name, for a <see cref="MeterListener"/> or an OpenTelemetry exporter.</summary>
    public const string MeterName = "ProfileGraph.Providers";

    private readonly ILogger _logger;
    private readonly Counter<long> _calls;
    private readonly Histogram<double> _callDuration;
    private readonly Counter<long> _events;
    private readonly Histogram<double> _limiterWait;
    private readonly LogThrottle _throttle = new();
    private readonly ITimer _summaries;

    public ProviderResilienceTelemetry(IMeterFactory meters, ILogger<ProviderResilienceTelemetry> logger, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(time);
        _logger = logger;
        _summaries = time.CreateTimer(_ => LogSummaries(), null, SummaryInterval, SummaryInterval);
        var meter = meters.Create(MeterName);
        _calls = meter.CreateCounter<long>("profilegraph.provider.calls", description: "Provider calls by outcome (success or error kind)");
        _callDuration = meter.CreateHistogram<double>("profilegraph.provider.call_duration", "s", "Provider calls, retries and waits included");
        _events = meter.CreateCounter<long>("profilegraph.provider.resilience_events", description: "Retries, breaker transitions, timeouts and rate limiting");
        _limiterWait = meter.CreateHistogram<double>(
            "profilegraph.provider.limiter.wait", "s", "How long calls waited for a provider's concurrency or rate limit (refusals included)",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20] });
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
            if (!failure.CountsAgainstProvider)
            {
                LogCallFailed(LogLevel.Debug, operation.Provider, operation.Name, failure.Kind, failure.ProviderCode, duration.TotalMilliseconds);
            }
            else if (_throttle.Admit(operation.Provider, $"{operation.Name} failed ({failure.Kind})"))
            {
                LogCallFailed(LogLevel.Warning, operation.Provider, operation.Name, failure.Kind, failure.ProviderCode, duration.TotalMilliseconds);
            }
        }
    }

    internal void Retrying(ProviderOperation operation, int attempt, TimeSpan delay, Exception? reason)
    {
        Count(operation.Provider, "retry");
        ProviderActivities.Retried(attempt);
        if (_throttle.Admit(operation.Provider, $"{operation.Name} retried"))
        {
            var description = Describe(reason);
            LogRetrying(operation.Provider, operation.Name, attempt, delay.TotalMilliseconds, (reason as ProviderException)?.Kind, description);
        }
    }

    internal void TimedOut(ProviderOperation operation, string scope, TimeSpan timeout)
    {
        Count(operation.Provider, "timeout");
        if (_throttle.Admit(operation.Provider, $"{operation.Name} {scope} timeout"))
        {
            LogTimedOut(operation.Provider, operation.Name, scope, timeout.TotalMilliseconds);
        }
    }

    internal void LimiterWaited(ProviderOperation operation, string limit, TimeSpan waited)
    {
        if (_limiterWait.Enabled)
        {
            _limiterWait.Record(waited.TotalSeconds, new TagList { { "provider", operation.Provider.ToString() }, { "operation", operation.Name }, { "limit", limit } });
        }
    }

    internal void RateLimited(ProviderOperation operation, string limit, TimeSpan? retryAfter)
    {
        Count(operation.Provider, "rate_limited");
        if (_throttle.Admit(operation.Provider, $"{operation.Name} refused by the {limit} limit"))
        {
            LogRateLimited(operation.Provider, operation.Name, limit, retryAfter?.TotalMilliseconds);
        }
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

    public void Dispose()
    {
        _summaries.Dispose();
        LogSummaries();
    }

    /// <summary>One line per provider for what its interval held back.</summary>
    private void LogSummaries()
    {
        foreach (var (provider, held) in _throttle.EndInterval())
        {
            var details = string.Join(", ", held.OrderByDescending(entry => entry.Value).Select(entry => $"{entry.Key} ×{entry.Value.ToString("N0", CultureInfo.InvariantCulture)}"));
            LogSummary(provider, held.Values.Sum(), SummaryInterval.TotalSeconds, details);
        }
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

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "{Provider}: {Count} more events in the last {IntervalSeconds:F0} s, counted but not logged one by one: {Details}")]
    private partial void LogSummary(Provider provider, long count, double intervalSeconds, string details);
}
