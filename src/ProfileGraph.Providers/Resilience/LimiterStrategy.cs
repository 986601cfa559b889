using System.Diagnostics;
using System.Threading.RateLimiting;
using Polly;
using ProfileGraph.Providers.Errors;

namespace ProfileGraph.Providers.Resilience;

/// <summary>
/// A Polly strategy that holds a lease of every limiter the call's operation draws on for the length of the
/// call, or refuses it as throttled (a <see cref="ProviderException"/> with the wait as retry-after) when a limiter
/// will not grant one in time; a provider's own <c>Retry-After</c> pauses the operation's rate limits. Serves both
/// the concurrency limit and the rate limits. Polly.RateLimiting's strategy takes one lease of one limiter and
/// refuses with its own exception, and System.Threading.RateLimiting has neither a limiter that holds "no window
/// holds more than N" (its sliding window counts per segment) nor a queue fair between callers, so the limiters
/// are this project's (<see cref="RollingWindowRateLimiter"/>, <see cref="FairConcurrencyLimiter"/>).
/// </summary>
internal sealed class LimiterStrategy(
    Provider provider,
    string limitKind,
    Func<ProviderOperation, IReadOnlyList<RateLimiter>> limitersFor,
    ProviderResilienceTelemetry telemetry) : ResilienceStrategy
{
    protected override async ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback,
        ResilienceContext context,
        TState state)
    {
        var operation = ProviderOperation.Of(context, provider);
        var limiters = limitersFor(operation);
        var leases = new List<RateLimitLease>(limiters.Count);
        try
        {
            foreach (var limiter in limiters)
            {
                RateLimitLease lease;
                var started = Stopwatch.GetTimestamp();
                try
                {
                    lease = await limiter.AcquireAsync(1, context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext);
                }
                catch (OperationCanceledException exception)
                {
                    return Outcome.FromException<TResult>(exception);
                }

                telemetry.LimiterWaited(operation, limitKind, Stopwatch.GetElapsedTime(started));

                leases.Add(lease);
                if (!lease.IsAcquired)
                {
                    var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : (TimeSpan?)null;
                    telemetry.RateLimited(operation, limitKind, retryAfter);
                    // Refused here, not by the provider: retrying would only queue again behind the same callers.
                    return Outcome.FromException<TResult>(new ProviderException(
                        operation.Provider,
                        ProviderErrorKind.Throttled,
                        $"{operation.Provider} {operation.Name}: too many calls waiting for the {limitKind} limit",
                        retryAfter: retryAfter,
                        providerCode: "client_" + limitKind.Replace(' ', '_'),
                        isTransient: false));
                }
            }

            var outcome = await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
            if (outcome.Exception is ProviderException { Kind: ProviderErrorKind.Throttled, RetryAfter: { } pause })
            {
                // The provider asked everyone to wait, not only this caller.
                foreach (var rolling in limiters.OfType<IPausableRateLimiter>())
                {
                    rolling.PauseFor(pause);
                }
            }

            return outcome;
        }
        finally
        {
            foreach (var lease in leases)
            {
                lease.Dispose();
            }
        }
    }
}
