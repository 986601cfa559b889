using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution.Planning;

/// <summary>
/// An executable operation (spec §6.1): the selected operation, its fragments and root type, and the field plans
/// collected from them. A plan is cached per document and operation name and shared by concurrent requests,
/// unless <c>@skip</c>/<c>@include</c> read variables, in which case each request plans its own.
/// </summary>
public sealed class OperationPlan
{
    internal static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>();

    private PlannedField[]? _rootFields;

    private OperationPlan(GraphQLSchema schema, OperationDefinitionNode operation, ObjectType rootType, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, bool hasVariableConditions, bool hasIncrementalDirectives, bool incremental = false)
    {
        Schema = schema;
        Operation = operation;
        RootType = rootType;
        Fragments = fragments;
        HasVariableConditions = hasVariableConditions;
        HasIncrementalDirectives = hasIncrementalDirectives;
        Incremental = incremental;
    }

    public GraphQLSchema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public ObjectType RootType { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>True when a <c>@skip</c> or <c>@include</c> condition is a variable, so field sets differ per request.</summary>
    public bool HasVariableConditions { get; }

    /// <summary>
    /// True when the document uses <c>@defer</c> or <c>@stream</c>: whether they defer depends on the request (its
    /// client may not read incremental results), so each request plans its own.
    /// </summary>
    public bool HasIncrementalDirectives { get; }

    /// <summary>True for a request's plan whose <c>@defer</c>/<c>@stream</c> deliver incrementally; false executes them inline.</summary>
    internal bool Incremental { get; }

    /// <summary>The plan's compiled cost, made by the first request that needs it and shared by the rest.</summary>
    internal Cost.CostModel? CostModel { get; set; }

    /// <summary>The plan's HTTP cache policy, computed by the first request that needs it and shared by the rest.</summary>
    internal CacheControl.CachePolicy? CachePolicy { get; set; }

    /// <summary>The operation's type as telemetry writes it: "query", "mutation" or "subscription".</summary>
    internal string OperationTypeName => Operation.Operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    /// <summary>The request span's name, "{type} {name}", computed once per cached plan.</summary>
    internal string SpanName => field ??= Operation.Name is { } name ? $"{OperationTypeName} {name.Value}" : OperationTypeName;

    /// <summary>
    /// Selects the operation (spec §6.1 GetOperation) of a valid document; throws <see cref="GraphQLException"/>
    /// with <see cref="ErrorCodes.OperationNotFound"/> when the name matches none, or none is given for several.
    /// </summary>
    public static OperationPlan Create(GraphQLSchema schema, DocumentNode document, string? operationName)
    {
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        OperationDefinitionNode operation;
        if (string.IsNullOrEmpty(operationName))
        {
            operation = operations.Count switch
            {
                1 => operations[0],
                0 => throw new GraphQLException("Must provide an operation.", ErrorCodes.OperationNotFound),
                _ => throw new GraphQLException("Must provide operation name if query contains multiple operations.", ErrorCodes.OperationNotFound),
            };
        }
        else
        {
            operation = operations.FirstOrDefault(o => o.Name?.Value == operationName)
                ?? throw new GraphQLException($"Unknown operation named \"{operationName}\".", ErrorCodes.OperationNotFound);
        }

        var rootType = schema.GetRootType(operation.Operation)
            ?? throw new GraphQLException($"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.", ErrorCodes.OperationNotAllowed);
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
        {
            fragments.TryAdd(fragment.Name.Value, fragment);
        }

        return new OperationPlan(
            schema,
            operation,
            rootType,
            fragments,
            HasDirective(operation, fragments.Values, node => node.Name.Value is "skip" or "include" && node.Arguments.Any(a => a.Value is VariableNode)),
            HasDirective(operation, fragments.Values, node => node.Name.Value is "defer" or "stream"));
    }

    /// <summary>
    /// A plan of the same operation for one request, when its field sets depend on variables or on whether the request
    /// delivers incrementally (<paramref name="incremental"/>; a schema without the directives never does).
    /// </summary>
    internal OperationPlan ForRequest(bool incremental = false) =>
        HasVariableConditions || HasIncrementalDirectives
            ? new OperationPlan(Schema, Operation, RootType, Fragments, HasVariableConditions, HasIncrementalDirectives, incremental && HasIncrementalDirectives)
            : this;

    /// <summary>The root fields (spec §6.2 CollectFields on the root type).</summary>
    public PlannedField[] GetRootFields(IReadOnlyDictionary<string, object?> variables)
    {
        if (HasVariableConditions || HasIncrementalDirectives)
        {
            return FieldCollector.Collect(this, RootType, [Operation.SelectionSet], variables);
        }

        return _rootFields ??= FieldCollector.Collect(this, RootType, [Operation.SelectionSet], variables);
    }

    /// <summary>The root fields, and the fragments deferred on the root object (incremental plans only).</summary>
    internal PlannedField[] GetRootFields(IReadOnlyDictionary<string, object?> variables, List<DeferredFragment> deferred) =>
        FieldCollector.Collect(this, RootType, [Operation.SelectionSet], variables, deferred);

    private static bool HasDirective(OperationDefinitionNode operation, IEnumerable<FragmentDefinitionNode> fragments, Func<DirectiveNode, bool> matches)
    {
        var found = false;
        var visitor = new SyntaxVisitor();
        visitor.Enter<DirectiveNode>((node, _) =>
        {
            if (matches(node))
            {
                found = true;
                return VisitorAction.Break;
            }

            return VisitorAction.Continue;
        });
        visitor.Visit(operation);
        foreach (var fragment in fragments)
        {
            if (!found)
            {
                visitor.Visit(fragment);
            }
        }

        return found;
    }
}
