namespace ProfileGraph.GraphQL.Execution.Pipeline;

/// <summary>Executes the planned operation (spec §6).</summary>
internal sealed class ExecuteStep : RequestStep
{
    public override async ValueTask InvokeAsync(RequestContext context, RequestHandler nextStep)
    {
        var request = context.Request;

        // A subscription lives as long as its client: only each event's execution has the deadline.
        var subscription = context.Plan!.Operation.Operation == Language.OperationType.Subscription;
        var scope = new ExecutionRequestScope(
            context.Plan!,
            context.Variables!,
            request.RootValue,
            request.Services ?? EmptyServiceProvider.Instance,
            request.ContextData ?? new Dictionary<string, object?>(StringComparer.Ordinal),
            context.Options,
            context.RequestAborted,
            request.AllowIncrementalDelivery,
            withDeadline: !subscription);
        using (GraphQLActivities.Source.StartActivity("graphql.execute"))
        {
            var executor = new OperationExecutor(scope);
            context.Result = subscription ? await executor.SubscribeAsync().ConfigureAwait(false) : await executor.ExecuteAsync().ConfigureAwait(false);
        }

        await nextStep(context).ConfigureAwait(false);
    }
}
