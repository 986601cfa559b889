using ProfileGraph.GraphQL.Execution.Planning;

namespace ProfileGraph.GraphQL.Execution.Pipeline;

/// <summary>
/// Finds the operation plan by document hash and operation name, so a repeated request reuses the collected
/// fields and constant arguments; a missing or disallowed operation ends the request.
/// </summary>
internal sealed class OperationCacheStep(int capacity) : RequestStep
{
    private readonly BoundedCache<OperationPlan> _plans = new(capacity);

    public override ValueTask InvokeAsync(RequestContext context, RequestHandler nextStep)
    {
        var key = context.DocumentHash + "/" + context.Request.OperationName;
        if (!_plans.TryGet(key, out var plan))
        {
            try
            {
                plan = OperationPlan.Create(context.Schema, context.Document!, context.Request.OperationName);
            }
            catch (GraphQLException error)
            {
                context.Fail(new GraphQLError(error.Message, error.Code));
                return ValueTask.CompletedTask;
            }

            _plans.Set(key, plan);
        }

        if (context.Request.AllowedOperations is { } allowed && !allowed.Contains(plan.Operation.Operation))
        {
            var operation = plan.Operation.Operation.ToString().ToLowerInvariant();
            context.Fail(new GraphQLError($"Cannot execute a {operation} operation with this request.", ErrorCodes.OperationNotAllowed));
            return ValueTask.CompletedTask;
        }

        context.Plan = plan;
        return nextStep(context);
    }
}
