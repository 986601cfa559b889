using ProfileGraph.GraphQL.DataLoader;
using ProfileGraph.GraphQL.Execution.Planning;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// What one execution shares with all its resolvers: the plan, coerced variables, services, context data, the
/// request's DataLoaders and its cancellation (the client's token, linked with the deadline).
/// </summary>
internal sealed class ExecutionRequestScope : IDisposable
{
    private readonly CancellationTokenSource _aborted;
    private readonly CancellationToken _client;

    public ExecutionRequestScope(OperationPlan plan, IReadOnlyDictionary<string, object?> variables, object? rootValue, IServiceProvider services, IDictionary<string, object?> contextData, ExecutionOptions options, CancellationToken client, bool incremental = false, bool withDeadline = true)
    {
        Plan = plan.ForRequest(incremental);
        Variables = variables;
        RootValue = rootValue;
        Services = services;
        ContextData = contextData;
        Options = options;
        _client = client;
        _aborted = CancellationTokenSource.CreateLinkedTokenSource(client);
        if (withDeadline && options.Deadline is { } deadline)
        {
            _aborted.CancelAfter(deadline);
        }

        Batches = new ExecutorBatchScheduler();
        DataLoaders = new DataLoaderScope(Batches);
    }

    public GraphQLSchema Schema => Plan.Schema;

    public OperationPlan Plan { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public object? RootValue { get; }

    public IServiceProvider Services { get; }

    public IDictionary<string, object?> ContextData { get; }

    public ExecutionOptions Options { get; }

    public TimeSpan? Deadline => Options.Deadline;

    /// <summary>Cancelled when the client goes away or the deadline passes.</summary>
    public CancellationToken Aborted => _aborted.Token;

    /// <summary>True when the client (not the deadline) cancelled: then execution stops with an exception.</summary>
    public bool ClientAborted => _client.IsCancellationRequested;

    public ExecutorBatchScheduler Batches { get; }

    public DataLoaderScope DataLoaders { get; }

    /// <summary>What resolvers add to the response's <c>extensions</c>.</summary>
    public ResultExtensions ResultExtensions { get; } = new();

    /// <summary>
    /// The scope of one subscription event (spec §6.2.3 ExecuteSubscriptionEvent): the same operation and inputs, its own
    /// DataLoaders (an event's data is fresh) and its own deadline; it ends with the subscription's client.
    /// </summary>
    public ExecutionRequestScope ForEvent() =>
        new(Plan, Variables, RootValue, Services, ContextData, Options, _aborted.Token, Plan.Incremental);

    public void Dispose() => _aborted.Dispose();
}
