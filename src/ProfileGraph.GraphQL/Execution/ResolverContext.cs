using ProfileGraph.GraphQL.DataLoader;
using ProfileGraph.GraphQL.Execution.Planning;
using ProfileGraph.GraphQL.Execution.Results;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>The context of one field resolution.</summary>
internal sealed class ResolverContext(OperationExecutor executor, PlannedField selection, ResultObject owner, int slot, object? parent, IReadOnlyDictionary<string, object?> arguments) : IResolverContext
{
    public GraphQLSchema Schema => executor.Scope.Schema;

    public ObjectType ParentType => selection.ParentType;

    public FieldDefinition Field => selection.Field;

    public PlannedField Selection => selection;

    public object? Parent => parent;

    public ResultPath Path => owner.PathOf(slot);

    public IReadOnlyDictionary<string, object?> Arguments => arguments;

    public IServiceProvider Services => executor.Scope.Services;

    public IDictionary<string, object?> ContextData => executor.Scope.ContextData;

    public CancellationToken RequestAborted => executor.Scope.Aborted;

    public DataLoaderScope DataLoaders => executor.Scope.DataLoaders;

    public IReadOnlyList<PlannedField> GetSelections(ObjectType? type = null)
    {
        type ??= selection.Type.GetNamedType() as ObjectType
            ?? throw new ArgumentException($"Field {selection} returns an abstract type; name the object type to look ahead on.", nameof(type));
        return selection.GetChildren(type, executor.Scope.Variables);
    }

    public void ReportError(GraphQLError fieldError) => executor.ReportError(fieldError);
}
