using Microsoft.Extensions.Logging;

namespace ProfileGraph.Providers.Resilience;

/// <summary>
/// Whether the state replicas share in Redis (provider rate limits, client quotas, the nandbox socket's lease) is
/// reachable, said once when Redis stops answering (each replica then keeps its own limits, and the nandbox socket
/// stays where it is) and once when it answers again, however many parts notice.
/// </summary>
public sealed partial class SharedLimitsHealth(ILogger<SharedLimitsHealth> logger)
{
    private int _failing;

    public bool IsFailing => Volatile.Read(ref _failing) == 1;

    public void Failed(Exception reason)
    {
        if (Interlocked.Exchange(ref _failing, 1) == 0)
        {
            LogUnavailable(logger, reason.GetType().Name);
        }
    }

    public void Answered()
    {
        if (Interlocked.Exchange(ref _failing, 0) == 1)
        {
            LogBack(logger);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Redis, which holds the provider rate limits, client quotas and nandbox lease every replica shares, is unavailable ({Reason}): this replica keeps its own limits until it answers")]
    private static partial void LogUnavailable(ILogger logger, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Redis answers again: provider rate limits, client quotas and the nandbox lease are shared across replicas")]
    private static partial void LogBack(ILogger logger);
}
