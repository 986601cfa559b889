using Microsoft.Extensions.Logging;

namespace ProfileGraph.Providers.Resilience;

/// <summary>
/// Whether the provider limits held in Redis are reachable, said once when they stop answering (each replica then
/// keeps its own limits) and once when they answer again, however many limiters notice.
/// </summary>
public sealed partial class SharedLimitsHealth(ILogger<SharedLimitsHealth> logger)
{
    private int _failing;

    public bool IsFailing => Volatile.Read(ref _failing) == 1;

    internal void Failed(Exception reason)
    {
        if (Interlocked.Exchange(ref _failing, 1) == 0)
        {
            LogUnavailable(logger, reason.GetType().Name);
        }
    }

    internal void Answered()
    {
        if (Interlocked.Exchange(ref _failing, 0) == 1)
        {
            LogBack(logger);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Redis, which holds the provider rate limits for every replica, is unavailable ({Reason}): this replica keeps its own limits until it answers")]
    private static partial void LogUnavailable(ILogger logger, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Redis answers again: provider rate limits are shared across replicas")]
    private static partial void LogBack(ILogger logger);
}
