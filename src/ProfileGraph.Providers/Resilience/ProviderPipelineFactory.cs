using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Telemetry;
using Polly.Timeout;
using ProfileGraph.Providers.Errors;
using ProfileGraph.Providers.Status;

namespace ProfileGraph.Providers.Resilience;

/// <summary>
/// Builds a provider's pipeline, outermost first: total timeout → retry → circuit breaker → concurrency
/// limit → rate limits → attempt timeout. Rate limits sit innermost so that a permit is taken just before the
/// request leaves, and retries take fresh permits; the breaker sits inside the retry so it sees every attempt.
/// With <paramref name="shared"/> (Redis), the rate limits are held across replicas; the concurrency limit, which
/// protects this process, stays its own.
/// </summary>
internal static class ProviderPipelineFactory
{
    public static (ResiliencePipeline Pipeline, IReadOnlyDictionary<string, RateLimiter> Limiters) Build(
        Provider provider,
        ProviderResilienceOptions options,
        ProviderStatusRegistry status,
        ProviderResilienceTelemetry telemetry,
        TimeProvider time,
        SharedLimits? shared = null)
    {
        var builder = new ResiliencePipelineBuilder { Name = provider.ToString(), TimeProvider = time };

        // Polly.Extensions' standard metrics (meter "Polly": resilience.polly.strategy.events, attempt and pipeline
        // durations, pipeline.name = the provider); its logs stay off, as it would log every event where the
        // provider telemetry logs one per provider per 10 s.
        builder.ConfigureTelemetry(new TelemetryOptions { LoggerFactory = NullLoggerFactory.Instance });
        builder.AddTimeout(Timeout(provider, "total", options.TotalTimeout, telemetry));
        if (options.Retry.MaxRetries > 0)
        {
            builder.AddRetry(Retry(provider, options.Retry, telemetry));
        }

        builder.AddCircuitBreaker(CircuitBreaker(provider, options.CircuitBreaker, status, telemetry));
        // By limit: "concurrency", and each rate limit's name.
        var limiters = new Dictionary<string, RateLimiter>(StringComparer.Ordinal);
        if (options.MaxConcurrency > 0)
        {
            var concurrency = new FairConcurrencyLimiter(options.MaxConcurrency, options.MaxQueuedCalls, time);
            limiters["concurrency"] = concurrency;
            RateLimiter[] all = [concurrency];
            builder.AddStrategy(_ => new LimiterStrategy(provider, "concurrency", _ => all, telemetry));
        }

        if (options.RateLimits.Count > 0)
        {
            var byName = options.RateLimits.ToDictionary(
                limit => limit.Key,
                // A call that would wait for a permit past the pipeline's total timeout is refused at once.
                limit => shared is null
                    ? new RollingWindowRateLimiter(limit.Value.Permits, limit.Value.Window + options.RateLimitMargin, limit.Value.QueueLimit, time, options.TotalTimeout)
                    : (RateLimiter)new SharedRollingWindowRateLimiter(
                        $"{provider}:{limit.Key}", limit.Value.Permits, limit.Value.Window + options.RateLimitMargin, limit.Value.QueueLimit, time, options.TotalTimeout, shared.Redis, shared.Health),
                StringComparer.Ordinal);
            foreach (var (name, limiter) in byName)
            {
                limiters[name] = limiter;
            }

            var byOperation = new ConcurrentDictionary<ProviderOperation, RateLimiter[]>();
            builder.AddStrategy(_ => new LimiterStrategy(
                provider,
                "rate",
                operation => byOperation.GetOrAdd(operation, o => [.. o.RateLimits.Where(byName.ContainsKey).Select(name => byName[name])]),
                telemetry));
        }

        builder.AddTimeout(Timeout(provider, "attempt", options.AttemptTimeout, telemetry));
        return (builder.Build(), limiters);
    }

    /// <summary>What a retry may fix: transient provider failures (within the longest Retry-After worth waiting) and attempt timeouts.</summary>
    internal static bool IsRetryable(Exception? exception, TimeSpan maxRetryAfter) => exception switch
    {
        ProviderException failure => failure.IsTransient && (failure.RetryAfter is null || failure.RetryAfter <= maxRetryAfter),
        TimeoutRejectedException => true,
        _ => false,
    };

    /// <summary>What counts towards opening the breaker: outages and timeouts, not refusals or missing users.</summary>
    internal static bool IsOutage(Exception? exception) =>
        exception is TimeoutRejectedException or ProviderException { Kind: ProviderErrorKind.Unavailable or ProviderErrorKind.Timeout };

    private static TimeoutStrategyOptions Timeout(Provider provider, string scope, TimeSpan timeout, ProviderResilienceTelemetry telemetry) => new()
    {
        Name = scope + " timeout",
        Timeout = timeout,
        OnTimeout = args =>
        {
            telemetry.TimedOut(ProviderOperation.Of(args.Context, provider), scope, args.Timeout);
            return default;
        },
    };

    private static RetryStrategyOptions Retry(Provider provider, ProviderRetryOptions options, ProviderResilienceTelemetry telemetry) => new()
    {
        MaxRetryAttempts = options.MaxRetries,
        Delay = options.BaseDelay,
        MaxDelay = options.MaxDelay,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        ShouldHandle = args => ValueTask.FromResult(IsRetryable(args.Outcome.Exception, options.MaxRetryAfter)),
        // The provider's Retry-After when it gave one; else null, and Polly's jittered exponential backoff.
        DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is ProviderException { RetryAfter: { } after } ? after : (TimeSpan?)null),
        OnRetry = args =>
        {
            telemetry.Retrying(ProviderOperation.Of(args.Context, provider), args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Exception);
            return default;
        },
    };

    private static CircuitBreakerStrategyOptions CircuitBreaker(
        Provider provider,
        ProviderCircuitBreakerOptions options,
        ProviderStatusRegistry status,
        ProviderResilienceTelemetry telemetry) => new()
    {
        FailureRatio = options.FailureRatio,
        MinimumThroughput = options.MinimumThroughput,
        SamplingDuration = options.SamplingDuration,
        BreakDuration = options.BreakDuration,
        StateProvider = status.BreakerOf(provider),
        ShouldHandle = args => ValueTask.FromResult(IsOutage(args.Outcome.Exception)),
        OnOpened = args =>
        {
            telemetry.CircuitOpened(provider, args.BreakDuration, args.Outcome.Exception);
            status.CircuitChanged(provider, CircuitState.Open);
            return default;
        },
        OnHalfOpened = _ =>
        {
            telemetry.CircuitHalfOpened(provider);
            status.CircuitChanged(provider, CircuitState.HalfOpen);
            return default;
        },
        OnClosed = _ =>
        {
            telemetry.CircuitClosed(provider);
            status.CircuitChanged(provider, CircuitState.Closed);
            return default;
        },
    };
}
