using Microsoft.Extensions.Options;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Providers.Resilience;

namespace ProfileGraph.Server.Hosting;

/// <summary>
/// Makes each client's provider calls one flow (<see cref="ProviderCallFlow"/>), and each anonymous request's its
/// own, with the request's execution deadline: a rate-limited provider serves waiting clients in turns, and refuses
/// at once a call that could not be made before its request gives up. Runs after authentication.
/// </summary>
public static class ProviderCallFlows
{
    public static void UseProviderCallFlows(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var deadline = app.Services.GetRequiredService<IOptions<ExecutionOptions>>().Value.Deadline;
        var time = app.Services.GetRequiredService<TimeProvider>();
        app.Use(async (context, next) =>
        {
            var flow = context.User.Identity is { IsAuthenticated: true, Name: { } client } ? "client:" + client : context.TraceIdentifier;
            using (ProviderCallFlow.Begin(flow, time.GetUtcNow() + deadline))
            {
                await next(context).ConfigureAwait(false);
            }
        });
    }
}
