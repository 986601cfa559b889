using System.Diagnostics;
using Polly;
using ProfileGraph.Providers.Errors;
using ProfileGraph.Providers.Status;

namespace ProfileGraph.Providers.Resilience;

/// <summary>
/// One provider's Polly pipeline, with what every call through it needs: the operation handed to the
/// strategies, failures mapped to <see cref="ProviderException"/> (inside, so retry and breaker judge
/// them; outside, for timeouts and an open breaker), and the outcome recorded for metrics and status.
/// </summary>
public sealed class ProviderPipeline
{
    private readonly ProviderStatusRegistry _status;
    private readonly ProviderResilienceTelemetry _telemetry;
    private readonly TimeProvider _time;

    internal ProviderPipeline(Provider provider, ResiliencePipeline pipeline, ProviderStatusRegistry status, ProviderResilienceTelemetry telemetry, TimeProvider time)
    {
        Provider = provider;
        Pipeline = pipeline;
        _status = status;
        _telemetry = telemetry;
        _time = time;
    }

    public Provider Provider { get; }

    /// <summary>The Polly pipeline itself: total timeout, retry, breaker, concurrency, rate limits, attempt timeout.</summary>
    public ResiliencePipeline Pipeline { get; }

    /// <summary>
    /// Runs <paramref name="call"/> (one attempt, given the attempt's token) through the pipeline. Throws
    /// <see cref="ProviderException"/> for every provider failure, and <see cref="OperationCanceledException"/>
    /// only when <paramref name="cancellationToken"/> was cancelled.
    /// </summary>
    public async Task<T> ExecuteAsync<T>(ProviderOperation operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(operation.Name, cancellationToken);
        context.Properties.Set(ProviderOperation.Key, operation);
        using var activity = ProviderActivities.StartCall(operation);
        var started = _time.GetTimestamp();
        try
        {
            var result = await Pipeline.ExecuteAsync(
                static async (attempt, state) =>
                {
                    try
                    {
                        return await state.call(attempt.CancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception exception) when (exception is not ProviderException && !attempt.CancellationToken.IsCancellationRequested
                        && ProviderFailures.From(state.operation.Provider, state.operation.Name, exception) is { } failure)
                    {
                        throw failure;
                    }
                },
                context,
                (call, operation)).ConfigureAwait(false);
            activity?.SetTag(ProviderActivities.OutcomeTag, "success");
            Completed(operation, started, null);
            return result;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested
            && ProviderFailures.From(operation.Provider, operation.Name, exception) is { } failure)
        {
            activity?.SetTag(ProviderActivities.OutcomeTag, failure.Kind.ToString());
            if (failure.CountsAgainstProvider)
            {
                activity?.SetStatus(ActivityStatusCode.Error, failure.Kind.ToString());
            }

            Completed(operation, started, failure);
            if (ReferenceEquals(failure, exception))
            {
                throw;
            }

            throw failure;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private void Completed(ProviderOperation operation, long started, ProviderException? failure)
    {
        _status.Record(Provider, failure);
        _telemetry.CallCompleted(operation, _time.GetElapsedTime(started), failure);
    }
}
