namespace ProfileGraph.GraphQL.Execution.Pipeline;

/// <summary>Coerces the request's variables (spec §6.4.1); invalid values end the request.</summary>
internal sealed class CoerceVariablesStep : RequestStep
{
    public override ValueTask InvokeAsync(RequestContext context, RequestHandler nextStep)
    {
        var errors = new List<GraphQLError>();
        context.Variables = VariableCoercion.Coerce(context.Schema, context.Plan!.Operation, context.Request.Variables, errors);
        if (errors.Count > 0)
        {
            context.Fail(errors);
            return ValueTask.CompletedTask;
        }

        return nextStep(context);
    }
}
