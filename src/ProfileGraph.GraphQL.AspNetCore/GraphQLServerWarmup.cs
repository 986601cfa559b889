using Microsoft.Extensions.Hosting;

namespace ProfileGraph.GraphQL.AspNetCore;

/// <summary>Builds the executor while the host starts: a schema error stops start-up instead of failing requests.</summary>
internal sealed class GraphQLServerWarmup(GraphQLServer server) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = server.Executor;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
