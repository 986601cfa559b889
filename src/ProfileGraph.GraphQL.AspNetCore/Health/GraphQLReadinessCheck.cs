using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ProfileGraph.GraphQL.AspNetCore.Health;

/// <summary>Ready once the schema is built and its executor can take requests.</summary>
internal sealed class GraphQLReadinessCheck(GraphQLServer server) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(server.IsReady ? HealthCheckResult.Healthy("The GraphQL executor is built.") : HealthCheckResult.Unhealthy("The GraphQL schema is not built yet."));
}
