using ProfileGraph.Emulators.Hosting;

// Standalone: all four emulators and /_admin on one loopback port (--urls to choose another).
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
app.Run();
