using Microsoft.Extensions.Diagnostics.HealthChecks;
using ProfileGraph.Providers.Redis;
using StackExchange.Redis;

namespace ProfileGraph.Server.Hosting;

/// <summary>
/// Readiness of the Redis replicas share: unreachable makes the service degraded, not unready, as every shared part
/// falls back to its in-process self.
/// </summary>
internal sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await (await redis.ConnectAsync().ConfigureAwait(false)).GetDatabase().PingAsync().ConfigureAwait(false);
            return HealthCheckResult.Healthy($"Redis answers in {latency.TotalMilliseconds:0.0} ms.");
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return HealthCheckResult.Degraded($"Redis is unreachable ({exception.GetType().Name}): each replica serves from its own memory and limits.");
        }
    }
}
