using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ProfileGraph.GraphQL.AspNetCore.Health;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Execution.Pipeline;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.AspNetCore;

public static class GraphQLServiceCollectionExtensions
{
    /// <inheritdoc cref="AddGraphQLServer(IServiceCollection, Func{IServiceProvider, GraphQLSchema}, Action{GraphQLHttpOptions}?)"/>
    public static IServiceCollection AddGraphQLServer(this IServiceCollection services, GraphQLSchema schema, Action<GraphQLHttpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return services.AddGraphQLServer(_ => schema, configure);
    }

    /// <summary>
    /// Registers the schema's executor (built while the host starts), the endpoint's options and the readiness check.
    /// Execution is tuned with <c>services.Configure&lt;ExecutionOptions&gt;(...)</c>; <see cref="RequestStep"/>s
    /// registered as services run before execution (e.g. cost limits).
    /// </summary>
    public static IServiceCollection AddGraphQLServer(this IServiceCollection services, Func<IServiceProvider, GraphQLSchema> schemaFactory, Action<GraphQLHttpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(schemaFactory);
        services.AddOptions<ExecutionOptions>();
        var options = services.AddOptions<GraphQLHttpOptions>()
            .Validate(o => o.MaxRequestBodySize > 0, "GraphQLHttpOptions.MaxRequestBodySize must be positive.")
            .Validate(o => o.MaxBatchSize > 0, "GraphQLHttpOptions.MaxBatchSize must be positive.")
            .Validate(o => o.ValidationFailureStatusCode is 400 or 422, "GraphQLHttpOptions.ValidationFailureStatusCode must be 400 or 422.")
            .Validate(o => o.Compression.MinimumSize >= 0, "GraphQLHttpOptions.Compression.MinimumSize must not be negative.")
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(provider => Documents.TrustedDocuments.Load(provider.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.TrustedDocumentsPath));
        services.TryAddSingleton<Documents.IPersistedQueryStore, Documents.MemoryPersistedQueryStore>();
        services.TryAddSingleton<Documents.PersistedDocuments>();
        services.TryAddSingleton(provider => new GraphQLServer(
            provider, schemaFactory, provider.GetRequiredService<IOptions<ExecutionOptions>>(), provider.GetServices<RequestStep>()));
        services.AddHostedService<GraphQLServerWarmup>();

        // ASP.NET Core's compression providers and Accept-Encoding negotiation, Brotli first, at their fastest
        // levels (a response is compressed while the client waits); the endpoint decides by size (Web/ResponseCompressor).
        services.AddResponseCompression(compression =>
        {
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
        });
        services.AddHealthChecks().AddCheck<GraphQLReadinessCheck>("graphql", tags: [HealthProbes.ReadinessTag]);
        return services;
    }
}
