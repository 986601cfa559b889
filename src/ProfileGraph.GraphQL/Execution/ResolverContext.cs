using ProfileGraph.GraphQL.DataLoader;
using ProfileGraph.GraphQL.Execution.Planning;
using ProfileGraph.GraphQL.Execution.Results;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// The context of one field resolution. The executor reuses an instance for the next field once a resolver has
/// returned a completed value (most fields), so a resolver must not keep its context beyond its own task.
/// </summary>
internal sealed class ResolverContext(OperationExecutor executor) : IResolverContext
{
    private PlannedField _selection = null!;
    private ResultObject _owner = null!;
    private int _slot;
    private object? _parent;
    private IReadOnlyDictionary<string, object?> _arguments = null!;

    public GraphQLSchema Schema => executor.Scope.Schema;

    public ObjectType ParentType => _selection.ParentType;

    public FieldDefinition Field => _selection.Field;

    public PlannedField Selection => _selection;

    public object? Parent => _parent;

    public ResultPath Path => _owner.PathOf(_slot);

    public IReadOnlyDictionary<string, object?> Arguments => _arguments;

    public IServiceProvider Services => executor.Scope.Services;

    public IDictionary<string, object?> ContextData => executor.Scope.ContextData;

    public CancellationToken RequestAborted => executor.Scope.Aborted;

    public DataLoaderScope DataLoaders => executor.Scope.DataLoaders;

    internal ResolverContext Reset(PlannedField selection, ResultObject owner, int slot, object? parent, IReadOnlyDictionary<string, object?> arguments)
    {
        _selection = selection;
        _owner = owner;
        _slot = slot;
        _parent = parent;
        _arguments = arguments;
        return this;
    }

    public IReadOnlyList<PlannedField> GetSelections(ObjectType? type = null)
    {
        type ??= _selection.Type.GetNamedType() as ObjectType
            ?? throw new ArgumentException($"Field {_selection} returns an abstract type; name the object type to look ahead on.", nameof(type));
        return _selection.GetChildren(type, executor.Scope.Variables);
    }

    public IReadOnlyList<PlannedField> GetSelections(PlannedField selection, ObjectType type) =>
        selection.GetChildren(type, executor.Scope.Variables);

    public IReadOnlyDictionary<string, object?> ArgumentsOf(PlannedField selection) =>
        selection.CoerceArguments(executor.Scope.Variables);

    public void ReportError(GraphQLError fieldError) => executor.ReportError(_owner, fieldError);

    public T GetOrAddResultExtension<T>(string key, Func<T> create)
        where T : class => executor.Scope.ResultExtensions.GetOrAdd(key, create);
}
