using ProfileGraph.Emulators.Data;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Emulators.Hosting;

namespace ProfileGraph.Emulators.Tests.Infrastructure;

/// <summary>
/// An emulator host on 127.0.0.1 and a free port, one per test class, so classes running in parallel
/// never see each other's counters or faults. Rate limits are off unless a subclass says otherwise.
/// </summary>
public class EmulatorFixture : IAsyncLifetime
{
    private EmulatorHost? _host;

    public EmulatorHost Host => _host ?? throw new InvalidOperationException("not started");

    public EmulatorState State => Host.State;

    public EmulatorDataset Dataset => State.Dataset;

    public EmulatorOptions Options => State.Options;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _host = await EmulatorHost.StartAsync(Configure);
        Client = new HttpClient { BaseAddress = _host.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>Back to a clean state between tests of one class.</summary>
    public void Reset()
    {
        State.Counters.Reset();
        State.ResetFaults();
        State.ResetRateLimits();
    }

    protected virtual void Configure(EmulatorOptions options)
    {
        foreach (var provider in EmulatedProviders.All)
        {
            options.Faults[provider] = new FaultProfile { RateLimits = false };
        }
    }
}
