namespace ProfileGraph.Emulators.Tests.Infrastructure;

/// <summary>A clock that moves only when told, so rate-limit windows can be crossed without sleeping.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
