using System.Diagnostics;
using ProfileGraph.GraphQL.Execution.Pipeline;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// The engine's traces (<see cref="SourceName"/>), after OpenTelemetry's GraphQL conventions: one span per request
/// named "{operation type} {operation name}" with <c>graphql.operation.*</c> (and <c>graphql.document</c> only when
/// <see cref="ExecutionOptions.TraceDocuments"/>), child spans for parsing and validation when they run (a cached
/// document or validation says so on the request span instead), execution and each DataLoader batch. Nothing is
/// recorded when no listener samples the source.
/// </summary>
public static class GraphQLActivities
{
    public const string SourceName = "ProfileGraph.GraphQL";

    public const string OperationName = "graphql.operation.name";
    public const string OperationType = "graphql.operation.type";
    public const string Document = "graphql.document";
    public const string DocumentCached = "profilegraph.document.cached";
    public const string ValidationCached = "profilegraph.validation.cached";
    public const string ErrorCodes = "profilegraph.error.codes";
    public const string LoaderName = "profilegraph.dataloader.name";
    public const string BatchSize = "profilegraph.dataloader.batch_size";
    public const string DuplicateLoads = "profilegraph.dataloader.duplicate_loads";

    internal static readonly ActivitySource Source = new(SourceName);

    // Boxed once: a tag's value is an object, and these are set on every cached request.
    internal static readonly object True = true;

    internal static Activity? StartRequest() => Source.StartActivity("GraphQL Operation");

    /// <summary>Names the request span after its operation, once planned, and marks it failed on request errors.</summary>
    internal static void EndRequest(Activity activity, RequestContext context)
    {
        if (context.Plan is { } plan)
        {
            activity.DisplayName = plan.SpanName;
            activity.SetTag(OperationType, plan.OperationTypeName);
            activity.SetTag(OperationName, plan.Operation.Name?.Value);
        }

        if (context.Options.TraceDocuments && context.Request.Query is { } text)
        {
            activity.SetTag(Document, text);
        }

        if (context.Result is { HasData: false, Errors.Count: > 0 } failed)
        {
            activity.SetStatus(ActivityStatusCode.Error);
            activity.SetTag(ErrorCodes, string.Join(',', failed.Errors.Select(error => error.Code).Distinct()));
        }
    }
}
