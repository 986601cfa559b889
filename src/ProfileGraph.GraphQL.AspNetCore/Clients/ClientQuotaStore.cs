using System.Threading.RateLimiting;

namespace ProfileGraph.GraphQL.AspNetCore.Clients;

/// <summary>
/// Where each client's per-minute windows (requests, cost budget) are counted: in this process by default, or in a
/// store every replica shares, registered as a service, so that a client's quota is one quota across replicas.
/// </summary>
public abstract class ClientQuotaStore
{
    /// <summary>Counts in this process: each replica grants the whole quota.</summary>
    public static ClientQuotaStore InProcess { get; } = new InProcessStore();

    /// <summary>A one-minute fixed window of <paramref name="permits"/> for <paramref name="key"/>; refuses rather than queues.</summary>
    public abstract RateLimitPartition<string> PerMinute(string key, int permits);

    /// <summary>The in-process window the shared stores fall back to.</summary>
    public static FixedWindowRateLimiterOptions WindowOptions(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };

    private sealed class InProcessStore : ClientQuotaStore
    {
        public override RateLimitPartition<string> PerMinute(string key, int permits) =>
            RateLimitPartition.GetFixedWindowLimiter(key, _ => WindowOptions(permits));
    }
}
