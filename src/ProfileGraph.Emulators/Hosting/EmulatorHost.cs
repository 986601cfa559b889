using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ProfileGraph.Emulators.Hosting;

/// <summary>
/// The emulators on their own Kestrel listener on 127.0.0.1 and a free port: for tests and benchmarks.
/// Dispose to stop; requests still hanging (timeout faults) are cut at once.
/// </summary>
public sealed class EmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EmulatorHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Urls = EmulatorUrls.For(baseAddress);
        State = app.Services.GetRequiredService<EmulatorState>();
    }

    /// <summary>"http://127.0.0.1:&lt;port&gt;/".</summary>
    public Uri BaseAddress { get; }

    public EmulatorUrls Urls { get; }

    /// <summary>Data set, counters, faults and rate limits, shared with the running emulators.</summary>
    public EmulatorState State { get; }

    public static async Task<EmulatorHost> StartAsync(Action<EmulatorOptions>? configure = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.Services.AddProviderEmulators(configure);
        var app = builder.Build();
        try
        {
            app.MapProviderEmulators();
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            return new EmulatorHost(app, new Uri(address + "/"));
        }
        catch
        {
            // Nobody else holds the application yet, so a failed start must not leak its listener.
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
