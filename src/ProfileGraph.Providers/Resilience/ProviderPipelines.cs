using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;
using ProfileGraph.Providers.Redis;
using ProfileGraph.Providers.Status;

namespace ProfileGraph.Providers.Resilience;

/// <summary>
/// The pipelines, one per provider, built on first use from <c>Providers:&lt;Provider&gt;:Resilience</c> and
/// shared by every client of that provider (a singleton: breaker state and rate limits are per provider, not per
/// caller; with Redis, rate limits are per provider account across replicas). Also a Polly <see cref="ResiliencePipelineProvider{TKey}"/> keyed by <see cref="Provider"/>.
/// </summary>
public sealed class ProviderPipelines : ResiliencePipelineProvider<Provider>, IDisposable
{
    private readonly ConcurrentDictionary<Provider, Lazy<Built>> _pipelines = new();
    private readonly IOptionsMonitor<ProviderResilienceOptions> _options;
    private readonly ProviderStatusRegistry _status;
    private readonly ProviderResilienceTelemetry _telemetry;
    private readonly TimeProvider _time;
    private readonly SharedLimits? _shared;

    public ProviderPipelines(
        IOptionsMonitor<ProviderResilienceOptions> options,
        ProviderStatusRegistry status,
        ProviderResilienceTelemetry telemetry,
        TimeProvider time,
        SharedLimitsHealth health,
        RedisConnection? redis = null)
    {
        _options = options;
        _status = status;
        _telemetry = telemetry;
        _time = time;
        _shared = redis is null ? null : new SharedLimits(redis, health);
    }

    public ProviderPipeline Get(Provider provider) =>
        _pipelines.GetOrAdd(provider, p => new Lazy<Built>(() => Build(p))).Value.Pipeline;

    public override bool TryGetPipeline(Provider key, [NotNullWhen(true)] out ResiliencePipeline? pipeline)
    {
        pipeline = Get(key).Pipeline;
        return true;
    }

    /// <summary>The pipelines handle any result type; typed pipelines are not kept.</summary>
    public override bool TryGetPipeline<TResult>(Provider key, [NotNullWhen(true)] out ResiliencePipeline<TResult>? pipeline)
    {
        pipeline = null;
        return false;
    }

    public void Dispose()
    {
        foreach (var built in _pipelines.Values.Where(lazy => lazy.IsValueCreated))
        {
            foreach (var limiter in built.Value.Limiters.Values)
            {
                limiter.Dispose();
            }
        }
    }

    private Built Build(Provider provider)
    {
        var (pipeline, limiters) = ProviderPipelineFactory.Build(provider, _options.Get(provider.ToString()), _status, _telemetry, _time, _shared);
        return new Built(new ProviderPipeline(provider, pipeline, _status, _telemetry, _time), limiters);
    }

    /// <summary>Calls waiting now for each limit of each provider whose pipeline is built.</summary>
    internal IEnumerable<(Provider Provider, string Limit, long Count)> QueuedCalls() =>
        from entry in _pipelines
        where entry.Value.IsValueCreated
        from limiter in entry.Value.Value.Limiters
        select (entry.Key, limiter.Key, limiter.Value.GetStatistics()?.CurrentQueuedCount ?? 0);

    private sealed record Built(ProviderPipeline Pipeline, IReadOnlyDictionary<string, RateLimiter> Limiters);
}
