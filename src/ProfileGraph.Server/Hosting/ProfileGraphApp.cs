using ProfileGraph.GraphQL.AspNetCore;
using ProfileGraph.GraphQL.AspNetCore.Clients;
using ProfileGraph.GraphQL.AspNetCore.Health;
using ProfileGraph.GraphQL.AspNetCore.Web;
using ProfileGraph.GraphQL.Execution;
using Microsoft.Extensions.Options;
using ProfileGraph.Server.Caching;
using ProfileGraph.Server.Events;
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
        builder.Services.AddProfileGraph(builder.Configuration, builder.Environment.ContentRootPath);

        // Production is closed by default: keys required, no introspection, no ?sdl, no IDE. Development is open.
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddGraphQLClients(builder.Configuration.GetSection("Clients"), requireKeyByDefault: !development);

        // Startup builds the schema, so a binding problem stops the service with the full list of them.
        // @defer and @stream are declared unless turned off; clients that read no incremental format get whole results.
        var schema = ProfileSchema.Build(builder.Configuration.GetValue("Execution:EnableDefer", true), builder.Configuration.GetValue("Execution:EnableStream", true));
        builder.Services.AddGraphQLServer(schema, options =>
        {
            options.EnableIde = development;
            options.EnableSchemaRequests = development;
            builder.Configuration.GetSection("GraphQL").Bind(options);
        });

        // Demand control: the cost limits (GraphQL:Cost:*), enforced before anything executes. HTTP cache hints
        // (GraphQL:CacheControl:*): the SDL's @cacheControl over what the profile cache's freshness implies.
        builder.Services.AddOptions<ExecutionOptions>().Configure<IOptions<ProfileCacheOptions>>((options, cache) =>
        {
            options.AllowIntrospection = builder.Configuration.GetValue("GraphQL:Introspection", development);
            builder.Configuration.GetSection("GraphQL:Cost").Bind(options.Cost);
            ProfileCacheHints.AddTo(options.CacheControl, cache.Value);
            builder.Configuration.GetSection("GraphQL:CacheControl").Bind(options.CacheControl);
        });

        // Browser apps on other origins: CORS (Cors:*), loopback origins allowed in Development only.
        builder.Services.AddGraphQLCors(builder.Configuration.GetSection(GraphQLCorsOptions.Section), development);

        // Readiness beyond the schema: providers' circuits, the person store and, when configured, Redis (each degrades, never fails, it).
        var health = builder.Services.AddHealthChecks()
            .AddCheck<ProviderCircuitsHealthCheck>("providers", tags: [HealthProbes.ReadinessTag])
            .AddCheck<PersonStoreHealthCheck>("people", tags: [HealthProbes.ReadinessTag]);
        if (!string.IsNullOrEmpty(builder.Configuration.GetConnectionString("Redis")))
        {
            health.AddCheck<RedisHealthCheck>("redis", tags: [HealthProbes.ReadinessTag]);
        }

        // Traces and metrics (OpenTelemetry): /metrics for Prometheus where on, OTLP where configured.
        builder.AddProfileGraphTelemetry();
        var prometheus = ProfileGraphTelemetry.PrometheusEnabled(builder);

        var app = builder.Build();
        app.UseGraphQLCors();

        // graphql-transport-ws at the GraphQL endpoint; a ping every 30 s keeps idle subscriptions' sockets alive.
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseGraphQLClients();
        app.UseProviderCallFlows();
        app.MapGraphQL().RequireGraphQLClient();
        app.MapHealthProbes();
        app.MapProfileGraphTelemetry(prometheus);
        app.MapPhotos();
        app.MapSlackEvents();
        app.PointEmulatedSlackEventsHere();
        return app;
    }
}
