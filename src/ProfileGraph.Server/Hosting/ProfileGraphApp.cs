using ProfileGraph.GraphQL.AspNetCore;
using ProfileGraph.GraphQL.AspNetCore.Health;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Server.Graph.Photos;
using ProfileGraph.Server.Schema;

namespace ProfileGraph.Server.Hosting;

/// <summary>The service's composition, shared by <c>Program</c> and the tests that start it on a free port.</summary>
public static class ProfileGraphApp
{
    /// <summary>The service; <paramref name="configure"/> may add to its builder (a test's log capture) before it is built.</summary>
    public static async Task<WebApplication> CreateAsync(string[] args, IReadOnlyDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        configure?.Invoke(builder);

        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls("http://localhost:5000");
        }

        // GREEN-API request paths carry the instance token: keep ASP.NET Core's and HttpClient's per-request logs quiet.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning).AddFilter("System.Net.Http", LogLevel.Warning);
        await builder.AddEmbeddedEmulatorsAsync().ConfigureAwait(false);
        builder.Services.AddProfileGraph(builder.Configuration);

        // Startup builds the schema, so a binding problem stops the service with the full list of them.
        builder.Services.AddGraphQLServer(ProfileSchema.Build(), options => builder.Configuration.GetSection("GraphQL").Bind(options));

        // Demand control: the cost limits (GraphQL:Cost:*), enforced before anything executes.
        builder.Services.Configure<ExecutionOptions>(options => builder.Configuration.GetSection("GraphQL:Cost").Bind(options.Cost));

        var app = builder.Build();
        app.UseProviderCallFlows();
        app.MapGraphQL();
        app.MapHealthProbes();
        app.MapPhotos();
        return app;
    }
}
