using ProfileGraph.GraphQL.Execution.CacheControl;
using ProfileGraph.GraphQL.Execution.Planning;

namespace ProfileGraph.GraphQL.Execution.Pipeline;

/// <summary>
/// HTTP cache hints: the operation's <see cref="CachePolicy"/> from its plan's <c>@cacheControl</c> hints, computed
/// once per cached plan (per request only when <c>@skip</c>/<c>@include</c> read variables), then narrowed by the
/// result's extensions that implement <see cref="IResultCacheHint"/>, and set on the result for the transport.
/// </summary>
internal sealed class CacheControlStep(CacheControlOptions options) : RequestStep
{
    public override async ValueTask InvokeAsync(RequestContext context, RequestHandler nextStep)
    {
        var plan = context.Plan!;
        var policy = plan.HasVariableConditions
            ? CachePolicyCompiler.Compile(plan, context.Variables!, options)
            : plan.CachePolicy ??= CachePolicyCompiler.Compile(plan, OperationPlan.NoVariables, options);

        await nextStep(context).ConfigureAwait(false);
        if (context.Result is not { } result)
        {
            return;
        }

        foreach (var extension in result.Extensions.Values)
        {
            if (extension is IResultCacheHint hinted)
            {
                policy = policy.Restrict(hinted.CacheHint);
            }
        }

        result.CachePolicy = policy;
    }
}
