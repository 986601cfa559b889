using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using ProfileGraph.GraphQL.AspNetCore;
using ProfileGraph.GraphQL.AspNetCore.Health;
using ProfileGraph.GraphQL.AspNetCore.TestHost;

// The transport's test host: /graphql (and the IDE), /healthz, /readyz, and for the load benchmarks /baseline and
// /graphql-dotnet (the same schema's { hello } served by graphql-dotnet).
// Options come from configuration, e.g. --GraphQL:EnableBatching=true. On a loopback port only (5090 unless --urls
// says otherwise, port 0 for any free one); prints "Listening on <address>" once it is. With
// --TestHost:ExitWhenStdinCloses=true it stops when its parent closes stdin, so a test that dies leaves no server.
var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5090");
}

builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
builder.Services.AddGraphQLServer(_ => TestSchema.Build(), options => builder.Configuration.GetSection("GraphQL").Bind(options));

var app = builder.Build();
app.MapGraphQL();
app.MapHealthProbes();
app.MapPost("/baseline", Baseline.WriteAsync);
app.MapGraphQLDotnet();

app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
    if (addresses is { Count: > 0 })
    {
        Console.WriteLine("Listening on " + string.Join(' ', addresses));
    }
});

if (builder.Configuration.GetValue<bool>("TestHost:ExitWhenStdinCloses"))
{
    _ = Task.Run(async () =>
    {
        await Console.In.ReadToEndAsync();
        app.Lifetime.StopApplication();
    });
}

app.Run();

/// <summary>The entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
