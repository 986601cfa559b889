using ZiggyCreatures.Caching.Fusion;

namespace ProfileGraph.Server.Caching;

/// <summary>
/// Says once when Redis (the cache's second level, or its backplane) stops answering and once when it is back, from
/// FusionCache's circuit breakers: the per-operation errors, which concurrent lookups would repeat, stay at Debug.
/// </summary>
internal static partial class RedisOutageLog
{
    public static void Attach(IFusionCache cache, ILogger logger)
    {
        cache.Events.Distributed.CircuitBreakerChange += (_, change) => Changed(logger, "second level", change.IsClosed);
        cache.Events.Backplane.CircuitBreakerChange += (_, change) => Changed(logger, "backplane", change.IsClosed);
    }

    private static void Changed(ILogger logger, string role, bool isClosed)
    {
        if (isClosed)
        {
            LogBack(logger, role);
        }
        else
        {
            LogUnavailable(logger, role);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Redis, the profile cache's {Role}, is unavailable: serving from memory, trying again in 30 s")]
    private static partial void LogUnavailable(ILogger logger, string role);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Redis, the profile cache's {Role}, answers again")]
    private static partial void LogBack(ILogger logger, string role);
}
