namespace ProfileGraph.Providers.Resilience;

/// <summary>At most <see cref="Permits"/> requests in any <see cref="Window"/>; up to <see cref="QueueLimit"/> callers wait their turn.</summary>
public sealed class ProviderRateLimit
{
    public ProviderRateLimit()
    {
    }

    public ProviderRateLimit(int permits, TimeSpan window, int queueLimit)
    {
        Permits = permits;
        Window = window;
        QueueLimit = queueLimit;
    }

    public int Permits { get; set; } = 1;

    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Callers beyond this many waiting are refused at once as throttled.</summary>
    public int QueueLimit { get; set; } = 100;
}
