using Microsoft.Extensions.Hosting;

namespace ProfileGraph.GraphQL.AspNetCore;

/// <summary>Builds the executor while the host starts: a schema error stops start-up instead of failing requests.</summary>
internal sealed class GraphQLServerWarmup(GraphQLServer server, Documents.TrustedDocuments trusted) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Resolving both loads them: a bad schema or trusted-documents manifest stops the host before it listens.
        _ = server.Executor;
        _ = trusted.Count;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
