using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProfileGraph.GraphQL.AspNetCore;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Federation;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.Server.Graph.Photos;
using ProfileGraph.Server.Graph.Users;
using ProfileGraph.Server.Hosting;
using ProfileGraph.Server.Schema;

namespace ProfileGraph.Benchmarks.Naive;

/// <summary>
/// The naive baseline: the service's SDL (<c>schema/</c>) bound schema-first to one-call-per-field resolvers, with no
/// DataLoader, no de-duplication and no look-ahead, served as the service serves its graph: the same provider
/// clients and resilience pipelines from the same configuration, <c>POST /graphql</c> on Kestrel, and <c>/photos</c>.
/// </summary>
internal static class NaiveProfileGraph
{
    public static GraphQLSchema BuildSchema() => ProfileSchemaFiles.CreateBuilder()
        .AddFederation()
        .AddResolvers(typeof(NaiveQueryResolvers), "Query")
        .AddResolvers(typeof(NaiveMutationResolvers), "Mutation")
        .AddSubscriber("providerStatusChanged", NaiveSubscribers.ProviderStatusChanged)
        .AddSubscriber("userChanged", NaiveSubscribers.UserChanged)
        .AddResolvers(typeof(NaiveUserResolvers), "User")
        .AddResolvers(typeof(NaiveSlackProfileResolvers), "SlackProfile")
        .AddResolvers(typeof(NaiveTelegramProfileResolvers), "TelegramProfile")
        .AddResolvers(typeof(NaiveWhatsAppContactResolvers), "WhatsAppContact")
        .AddResolvers(typeof(NaiveNandboxProfileResolvers), "NandboxProfile")
        .BindRuntimeType<UserRef>("User")
        .Build();

    /// <summary>A host like <see cref="ProfileGraphApp"/>'s with <paramref name="settings"/>, which must point the providers somewhere.</summary>
    public static WebApplication Create(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning).AddFilter("System.Net.Http", LogLevel.Warning);
        builder.Services.AddProfileGraph(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddScoped<NaiveCalls>();
        builder.Services.AddGraphQLServer(BuildSchema(), options => builder.Configuration.GetSection("GraphQL").Bind(options));

        // Its resolvers each fetch, so cost analysis rightly prices the benchmark's query far over the limits.
        builder.Services.Configure<ExecutionOptions>(options => options.Cost.Enabled = false);

        var app = builder.Build();
        app.MapGraphQL();
        app.MapPhotos();
        return app;
    }
}
