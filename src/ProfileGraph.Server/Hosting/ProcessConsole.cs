using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using ProfileGraph.Emulators.Hosting;

namespace ProfileGraph.Server.Hosting;

/// <summary>The service as a child process: what a parent that started it reads from its stdout, and when it stops.</summary>
public static class ProcessConsole
{
    /// <summary>
    /// Once listening, prints the embedded emulators' admin API (<c>Emulator admin on http://127.0.0.1:40124/_admin</c>,
    /// when a provider is emulated) and then <c>Listening on http://127.0.0.1:40123</c>: with <c>--urls http://127.0.0.1:0</c>
    /// the ports are only known then.
    /// </summary>
    public static void AnnounceAddresses(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            if (app.Services.GetService<EmulatorHost>() is { } emulators)
            {
                Console.WriteLine($"Emulator admin on {new Uri(emulators.BaseAddress, "_admin").AbsoluteUri}");
            }

            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            if (addresses is { Count: > 0 })
            {
                Console.WriteLine("Listening on " + string.Join(' ', addresses));
            }
        });
    }

    /// <summary>With <c>ProfileGraph:ExitWhenStdinCloses=true</c>, stops the service when standard input reaches its end.</summary>
    public static void StopWhenStdinCloses(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Services.GetRequiredService<IOptions<ProfileGraphOptions>>().Value.ExitWhenStdinCloses)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            await Console.In.ReadToEndAsync().ConfigureAwait(false);
            app.Lifetime.StopApplication();
        });
    }
}
