using System.Diagnostics;
using System.Diagnostics.Metrics;
using ProfileGraph.GraphQL.Execution.Pipeline;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// The engine's meter (<see cref="MeterName"/>): each request's duration by operation type, operation name and outcome
/// (<c>ok</c>, or the request error's code), and its field cost when the cost analysis computed one.
/// </summary>
public static class GraphQLMetrics
{
    public const string MeterName = "ProfileGraph.GraphQL";
    public const string RequestDurationName = "profilegraph.graphql.request.duration";
    public const string OperationCostName = "profilegraph.graphql.operation.cost";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(
        RequestDurationName, unit: "s", description: "GraphQL requests, from the document to the result",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    private static readonly Histogram<double> OperationCost = Meter.CreateHistogram<double>(
        OperationCostName, unit: "{cost}", description: "The field cost of operations, as the cost analysis computed it",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 5, 10, 25, 50, 100, 250, 500, 1000] });

    internal static bool Enabled => RequestDuration.Enabled || OperationCost.Enabled;

    internal static void RecordRequest(RequestContext context, TimeSpan elapsed)
    {
        var plan = context.Plan;
        var tags = new TagList
        {
            { GraphQLActivities.OperationType, plan?.OperationTypeName },
            { GraphQLActivities.OperationName, plan?.Operation.Name?.Value },
            { "outcome", context.Result is { HasData: false, Errors.Count: > 0 } failed ? failed.Errors[0].Code : "ok" },
        };
        RequestDuration.Record(elapsed.TotalSeconds, tags);
        if (context.Cost is { } cost)
        {
            OperationCost.Record(cost.FieldCost, tags);
        }
    }
}
