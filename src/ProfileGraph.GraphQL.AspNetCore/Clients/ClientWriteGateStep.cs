using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Execution.Pipeline;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.AspNetCore.Clients;

/// <summary>
/// Mutations only for clients granted <see cref="ClientOptions.Write"/>: any other client's mutation is refused with
/// <c>FORBIDDEN</c> (403) before its cost is counted or anything runs. The operation type is the cached plan's.
/// </summary>
internal sealed class ClientWriteGateStep(ClientRegistry clients) : RequestStep
{
    public const string Forbidden = "FORBIDDEN";

    public override ValueTask InvokeAsync(RequestContext context, RequestHandler nextStep)
    {
        if (context.Plan?.Operation.Operation != OperationType.Mutation
            || context.Request.Services?.GetService<IHttpContextAccessor>()?.HttpContext is not { } http)
        {
            return nextStep(context);
        }

        var name = ClientClaims.NameOf(http.User);
        if (clients.Get(name)?.Write == true)
        {
            return nextStep(context);
        }

        context.Fail(new GraphQLError(
            name == ClientRegistry.AnonymousName
                ? "Mutations need a client allowed to write: send the API key of one."
                : $"The client \"{name}\" may not run mutations: its configuration does not grant Write.",
            Forbidden));
        return ValueTask.CompletedTask;
    }
}
