namespace ProfileGraph.Emulators.Faults;

/// <summary>A fixed-window limit: at most <see cref="Permits"/> requests per <see cref="Window"/>.</summary>
public sealed class RateLimitRule
{
    public RateLimitRule()
    {
    }

    public RateLimitRule(int permits, TimeSpan window)
    {
        Permits = permits;
        Window = window;
    }

    public int Permits { get; set; } = 1;

    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(1);
}
