namespace ProfileGraph.GraphQL.Execution.Pipeline;

/// <summary>Executes the planned operation (spec §6).</summary>
internal sealed class ExecuteStep : RequestStep
{
    public override async ValueTask InvokeAsync(RequestContext context, RequestHandler nextStep)
    {
        var request = context.Request;
        var scope = new ExecutionRequestScope(
            context.Plan!,
            context.Variables!,
            request.RootValue,
            request.Services ?? EmptyServiceProvider.Instance,
            request.ContextData ?? new Dictionary<string, object?>(StringComparer.Ordinal),
            context.Options,
            context.RequestAborted,
            request.AllowIncrementalDelivery);
        using (GraphQLActivities.Source.StartActivity("graphql.execute"))
        {
            context.Result = await new OperationExecutor(scope).ExecuteAsync().ConfigureAwait(false);
        }

        await nextStep(context).ConfigureAwait(false);
    }
}
