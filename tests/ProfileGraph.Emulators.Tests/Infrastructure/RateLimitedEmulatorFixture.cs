namespace ProfileGraph.Emulators.Tests.Infrastructure;

/// <summary>The published rate limits switched on, on a clock the tests advance by hand.</summary>
public sealed class RateLimitedEmulatorFixture : EmulatorFixture
{
    public ManualClock Clock { get; } = new();

    protected override void Configure(EmulatorOptions options)
    {
        options.TimeProvider = Clock;
        options.WhatsApp.MonthlyQuota = null;
    }
}
