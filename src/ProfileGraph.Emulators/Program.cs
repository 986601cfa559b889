using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using ProfileGraph.Emulators.Hosting;

// Standalone: all four emulators and /_admin on one port, 127.0.0.1:5080 unless --urls (or ASPNETCORE_URLS) says
// otherwise; replicas of the service share it through Emulators:Url.
var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

// Request paths carry GREEN-API tokens: keep ASP.NET Core's per-request logging off.
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
builder.Services.AddProviderEmulators(options => builder.Configuration.GetSection("Emulators").Bind(options));
var app = builder.Build();
app.MapProviderEmulators();

// For a container's health check: answering at all shows the host is up.
app.MapGet("/healthz", () => "ok");

// Where it listens (port 0 picks one), for a parent process; with ExitWhenStdinCloses=true it stops when that
// parent closes stdin or dies, so no test leaves an emulator host behind.
app.Lifetime.ApplicationStarted.Register(() =>
    Console.WriteLine("Listening on " + string.Join(' ', app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses)));
if (builder.Configuration.GetValue<bool>("ExitWhenStdinCloses"))
{
    _ = Task.Run(async () =>
    {
        await Console.In.ReadToEndAsync();
        app.Lifetime.StopApplication();
    });
}

app.Run();
