namespace ProfileGraph.Providers.Resilience;

/// <summary>
/// Whose provider calls these are: the host names a flow (a request; a client, once clients are known) around the
/// work it does for it, and every call made inside it, however deep, belongs to it. Rate-limited providers serve
/// waiting flows in turn, so one flow's many calls cannot hold the others up, and refuse at once a call that would
/// wait past its flow's deadline.
/// </summary>
public sealed class ProviderCallFlow
{
    private static readonly AsyncLocal<ProviderCallFlow?> Ambient = new();

    // Calls made outside any flow (start-up, background refreshes of no request) share one.
    private static readonly ProviderCallFlow Unnamed = new("", null);

    private ProviderCallFlow(string name, DateTimeOffset? deadline)
    {
        Name = name;
        Deadline = deadline;
    }

    /// <summary>The flow of the calls made here.</summary>
    public static ProviderCallFlow Current => Ambient.Value ?? Unnamed;

    public string Name { get; }

    /// <summary>When the flow's caller stops waiting; null for no deadline.</summary>
    public DateTimeOffset? Deadline { get; }

    /// <summary>Makes the calls of the code that follows, until disposed, the flow <paramref name="name"/>'s.</summary>
    public static IDisposable Begin(string name, DateTimeOffset? deadline)
    {
        ArgumentNullException.ThrowIfNull(name);
        var previous = Ambient.Value;
        Ambient.Value = new ProviderCallFlow(name, deadline);
        return new Scope(previous);
    }

    private sealed class Scope(ProviderCallFlow? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
