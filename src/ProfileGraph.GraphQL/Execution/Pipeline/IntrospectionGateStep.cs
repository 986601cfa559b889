using ProfileGraph.GraphQL.Execution.Planning;

namespace ProfileGraph.GraphQL.Execution.Pipeline;

/// <summary>
/// Refuses an operation that selects <c>__schema</c> or <c>__type</c> when introspection is off for the request
/// (<see cref="ExecutionRequest.AllowIntrospection"/>, else <see cref="ExecutionOptions.AllowIntrospection"/>), as
/// graphql-js's NoSchemaIntrospectionCustomRule does; <c>__typename</c> stays allowed. Both meta-fields exist on the
/// query root only, so the plan's root fields tell.
/// </summary>
internal sealed class IntrospectionGateStep : RequestStep
{
    public override ValueTask InvokeAsync(RequestContext context, RequestHandler nextStep)
    {
        if (context.Request.AllowIntrospection ?? context.Options.AllowIntrospection)
        {
            return nextStep(context);
        }

        var variables = context.Variables ?? OperationPlan.NoVariables;
        foreach (var field in context.Plan!.GetRootFields(variables))
        {
            if (field.Field.Name is "__schema" or "__type")
            {
                context.Fail(new GraphQLError(
                    $"GraphQL introspection has been disabled, but the requested query contained the field \"{field.Field.Name}\".",
                    ErrorCodes.IntrospectionDisabled,
                    field.Locations));
                return ValueTask.CompletedTask;
            }
        }

        return nextStep(context);
    }
}
