using System.Threading.RateLimiting;
using Polly;
using ProfileGraph.Providers.Errors;

namespace ProfileGraph.Providers.Resilience;

/// <summary>
/// A Polly strategy that holds a lease of every limiter the call's operation draws on for the length of the
/// call, or refuses it as throttled when a limiter's queue is full. Serves both the concurrency limit and the
/// rate limits (Polly.RateLimiting, which would, is not on this project's package mirror).
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
                try
                {
                    lease = await limiter.AcquireAsync(1, context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext);
                }
                catch (OperationCanceledException exception)
                {
                    return Outcome.FromException<TResult>(exception);
                }

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
                foreach (var rolling in limiters.OfType<RollingWindowRateLimiter>())
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
