using Microsoft.Extensions.Options;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Providers.Resilience;

namespace ProfileGraph.Server.Hosting;

/// <summary>
/// Makes each HTTP request's provider calls one flow (<see cref="ProviderCallFlow"/>), with the request's execution
/// deadline: a rate-limited provider serves waiting requests in turns, and refuses at once a call that could not be
/// made before its request gives up.
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
            using (ProviderCallFlow.Begin(context.TraceIdentifier, time.GetUtcNow() + deadline))
            {
                await next(context).ConfigureAwait(false);
            }
        });
    }
}
