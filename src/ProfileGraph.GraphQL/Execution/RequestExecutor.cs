using System.Diagnostics;
using ProfileGraph.GraphQL.Execution.Introspection;
using ProfileGraph.GraphQL.Execution.Pipeline;
using ProfileGraph.GraphQL.Execution.Results;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// Runs requests against one schema through the pipeline: document cache → parse → validate → operation cache →
/// coerce variables → introspection gate → cost analysis → cache policy → execute. Steps may be inserted before execution (e.g. cost limits). Thread-safe; create one
/// per schema and keep it.
/// </summary>
public sealed class RequestExecutor
{
    private readonly RequestHandler _pipeline;

    public RequestExecutor(GraphQLSchema schema, ExecutionOptions? options = null, IEnumerable<RequestStep>? stepsBeforeExecution = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        IntrospectionResolvers.EnsureBound();
        Schema = schema;
        Options = options ?? new ExecutionOptions();
        RequestStep[] steps =
        [
            new DocumentCacheStep(Options.CacheCapacity),
            new ParseStep(),
            new ValidateStep(Options.CacheCapacity),
            new OperationCacheStep(Options.CacheCapacity),
            new CoerceVariablesStep(),
            new IntrospectionGateStep(),
            .. Options.Cost.Enabled ? [new CostAnalysisStep(Options.Cost)] : Array.Empty<RequestStep>(),
            .. Options.CacheControl.Enabled ? [new CacheControlStep(Options.CacheControl)] : Array.Empty<RequestStep>(),
            .. stepsBeforeExecution ?? [],
            new ExecuteStep(),
        ];
        RequestHandler pipeline = _ => ValueTask.CompletedTask;
        foreach (var step in steps.Reverse())
        {
            var next = pipeline;
            pipeline = context => step.InvokeAsync(context, next);
        }

        _pipeline = pipeline;
    }

    public GraphQLSchema Schema { get; }

    public ExecutionOptions Options { get; }

    public async Task<ExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = new RequestContext(Schema, Options, request, cancellationToken);
        using var activity = GraphQLActivities.StartRequest();
        var started = GraphQLMetrics.Enabled ? Stopwatch.GetTimestamp() : 0;
        await _pipeline(context).ConfigureAwait(false);
        if (activity is not null)
        {
            GraphQLActivities.EndRequest(activity, context);
        }

        if (started != 0)
        {
            GraphQLMetrics.RecordRequest(context, Stopwatch.GetElapsedTime(started));
        }

        return context.Result ?? throw new InvalidOperationException("The request pipeline ended without a result.");
    }

    public Task<ExecutionResult> ExecuteAsync(string query, IReadOnlyDictionary<string, object?>? variables = null, string? operationName = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(new ExecutionRequest { Query = query, Variables = variables, OperationName = operationName }, cancellationToken);
}
