namespace ProfileGraph.GraphQL.Execution.Pipeline;

/// <summary>The rest of the pipeline after a step.</summary>
public delegate ValueTask RequestHandler(RequestContext context);

/// <summary>
/// One small step of the request pipeline. A step does its part and calls <c>next</c>, or ends the request by
/// setting <see cref="RequestContext.Result"/> and not calling it.
/// </summary>
public abstract class RequestStep
{
    public abstract ValueTask InvokeAsync(RequestContext context, RequestHandler nextStep);
}
