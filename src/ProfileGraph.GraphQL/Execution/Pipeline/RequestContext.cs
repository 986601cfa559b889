using ProfileGraph.GraphQL.Execution.Planning;
using ProfileGraph.GraphQL.Execution.Results;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution.Pipeline;

/// <summary>What the request pipeline's steps hand on to each other.</summary>
public sealed class RequestContext(GraphQLSchema schema, ExecutionOptions options, ExecutionRequest request, CancellationToken requestAborted)
{
    public GraphQLSchema Schema { get; } = schema;

    public ExecutionOptions Options { get; } = options;

    public ExecutionRequest Request { get; } = request;

    public CancellationToken RequestAborted { get; } = requestAborted;

    /// <summary>The SHA-256 of the document text (hex), the key of every per-document cache.</summary>
    public string? DocumentHash { get; set; }

    public DocumentNode? Document { get; set; }

    public OperationPlan? Plan { get; set; }

    public IReadOnlyDictionary<string, object?>? Variables { get; set; }

    /// <summary>The operation's cost, once the cost step has computed it (null when cost analysis is off).</summary>
    public Cost.OperationCost? Cost { get; set; }

    /// <summary>Set by the step that ends the request: execution, or the first step that found a request error.</summary>
    public ExecutionResult? Result { get; set; }

    /// <summary>Ends the request with request errors (no "data" entry, spec §7.1.1).</summary>
    public void Fail(params IReadOnlyList<GraphQLError> errors) => Result = new ExecutionResult(errors);
}
