using System.Globalization;
using ProfileGraph.GraphQL.Execution.Cost;
using ProfileGraph.GraphQL.Execution.Planning;

namespace ProfileGraph.GraphQL.Execution.Pipeline;

/// <summary>
/// Static cost analysis (IBM's GraphQL Cost Directives) on the operation plan, before anything executes: an operation
/// over a limit ends the request with a coded error, so no resolver runs and no provider is called. The cost model is
/// compiled once per cached plan; a request evaluates only what its variables size. A request that asks
/// (<see cref="ExecutionRequest.CostReporting"/>) hears its cost in <c>extensions.cost</c>.
/// </summary>
internal sealed class CostAnalysisStep(CostOptions options) : RequestStep
{
    public const string ExtensionKey = "cost";

    public override async ValueTask InvokeAsync(RequestContext context, RequestHandler nextStep)
    {
        var plan = context.Plan!;
        var variables = context.Variables!;
        OperationCost cost;
        try
        {
            // A plan whose field sets depend on variables is the request's own: its model is too.
            var model = plan.HasVariableConditions
                ? CostModel.Compile(plan, variables, options)
                : plan.CostModel ??= CostModel.Compile(plan, OperationPlan.NoVariables, options);
            cost = model.Evaluate(variables, options);
        }
        catch (GraphQLException error)
        {
            context.Fail(new GraphQLError(error.Message, error.Code, extensions: error.Extensions));
            return;
        }

        if (cost.FieldCost > options.MaxFieldCost || cost.TypeCost > options.MaxTypeCost)
        {
            var (measure, value, limit) = cost.FieldCost > options.MaxFieldCost
                ? ("field cost", cost.FieldCost, options.MaxFieldCost)
                : ("type cost", cost.TypeCost, options.MaxTypeCost);
            context.Fail(new GraphQLError(
                $"The operation's {measure} is {Number(value)}, over the limit of {Number(limit)}.",
                ErrorCodes.CostLimitExceeded,
                extensions: new Dictionary<string, object?>
                {
                    ["fieldCost"] = cost.FieldCost,
                    ["typeCost"] = cost.TypeCost,
                    ["maxFieldCost"] = options.MaxFieldCost,
                    ["maxTypeCost"] = options.MaxTypeCost,
                }));
            return;
        }

        context.Cost = cost;
        if (context.Request.CostReporting == CostReporting.Validate)
        {
            context.Result = new Results.ExecutionResult([]);
            context.Result.Extensions[ExtensionKey] = cost.ToExtension();
            return;
        }

        await nextStep(context).ConfigureAwait(false);
        if (context.Request.CostReporting == CostReporting.Report && context.Result is { } result)
        {
            result.Extensions[ExtensionKey] = cost.ToExtension();
        }
    }

    private static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
