using System.Threading.RateLimiting;
using ProfileGraph.GraphQL.AspNetCore.Clients;
using ProfileGraph.Providers.Redis;
using ProfileGraph.Providers.Resilience;
using RedisRateLimiting;

namespace ProfileGraph.Server.Hosting;

/// <summary>
/// Client quotas counted in Redis (RedisRateLimiting's fixed window), so a client's requests and cost budget per
/// minute are one quota across replicas; while Redis does not answer, each replica counts in-process.
/// </summary>
internal sealed class RedisClientQuotaStore(RedisConnection redis, SharedLimitsHealth health, TimeProvider time) : ClientQuotaStore
{
    public override RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.Get(key, partition => new FallbackRateLimiter(
            new RedisFixedWindowRateLimiter<string>("profilegraph:clients:" + partition, new RedisFixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, permits),
                Window = TimeSpan.FromMinutes(1),
                // Called once per partition; the connection is shared and reconnects by itself.
                ConnectionMultiplexerFactory = () => redis.ConnectAsync().GetAwaiter().GetResult(),
            }),
            new FixedWindowRateLimiter(WindowOptions(permits)),
            health,
            time));
}
