using System.Collections.Concurrent;
using System.Text.Json;
using ProfileGraph.GraphQL.Binding;
using ProfileGraph.GraphQL.Execution.Results;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution.Planning;

/// <summary>
/// One entry of a collected field set (spec §6.3.2): a response name, the field nodes merged under it, and what
/// executing it needs. Plans are shared by every request of a cached operation, so what they compute lazily
/// (the sub-fields per object type, constant arguments) is computed once.
/// </summary>
public sealed class PlannedField
{
    private readonly OperationPlan _plan;
    private ChildFields? _firstChildren;
    private ConcurrentDictionary<ObjectType, PlannedField[]>? _moreChildren;
    private ConstantArguments? _constantArguments;
    private Location[]? _locations;

    internal PlannedField(OperationPlan plan, ObjectType parentType, FieldDefinition field, string responseName, IReadOnlyList<FieldNode> nodes, StreamDirective? stream = null)
    {
        Stream = stream;
        _plan = plan;
        ParentType = parentType;
        Field = field;
        ResponseName = responseName;
        EncodedResponseName = JsonEncodedText.Encode(responseName, ResultWriter.Encoder);
        Nodes = nodes;
        IsTypeName = field.Name == "__typename";
        HasVariableArguments = nodes[0].Arguments.Any(a => ContainsVariable(a.Value));
    }

    public string ResponseName { get; }

    /// <summary>The response name escaped and encoded once, for the response writer.</summary>
    internal JsonEncodedText EncodedResponseName { get; }

    public ObjectType ParentType { get; }

    public FieldDefinition Field { get; }

    public GraphQLType Type => Field.Type;

    /// <summary>The field nodes merged under this response name, in document order.</summary>
    public IReadOnlyList<FieldNode> Nodes { get; }

    internal bool IsTypeName { get; }

    /// <summary>The field's <c>@stream</c>, in an incremental plan when it streams.</summary>
    internal StreamDirective? Stream { get; }

    internal bool HasVariableArguments { get; }

    /// <summary>The default resolver's last member reader; most fields only ever see one CLR parent type.</summary>
    internal MemberReader? LastReader { get; set; }

    public IReadOnlyList<Location> Locations => _locations ??= [.. Nodes.Where(n => n.Location is not null).Select(n => n.Location!.Value)];

    /// <summary>The fields this field's sub-selections select on <paramref name="type"/>.</summary>
    public PlannedField[] GetChildren(ObjectType type, IReadOnlyDictionary<string, object?> variables)
    {
        if (_plan.HasVariableConditions)
        {
            // @skip/@include depend on variables: collect per request (the request has its own plan instance).
            return Collect(type, variables);
        }

        var first = _firstChildren;
        if (first is not null && ReferenceEquals(first.Type, type))
        {
            return first.Fields;
        }

        if (first is null)
        {
            var fields = Collect(type, variables);
            Interlocked.CompareExchange(ref _firstChildren, new ChildFields(type, fields), null);
            return fields;
        }

        _moreChildren ??= new ConcurrentDictionary<ObjectType, PlannedField[]>();
        return _moreChildren.GetOrAdd(type, static (t, state) => state.Field.Collect(t, state.Variables), (Field: this, Variables: variables));
    }

    /// <summary>The fields of an incremental plan's sub-selections on <paramref name="type"/>, and the fragments deferred there.</summary>
    internal PlannedField[] GetChildren(ObjectType type, IReadOnlyDictionary<string, object?> variables, List<DeferredFragment> deferred) =>
        FieldCollector.Collect(_plan, type, Nodes.Select(n => n.SelectionSet).OfType<SelectionSetNode>(), variables, deferred);

    /// <summary>The coerced arguments (spec §6.4.2); those without variables are coerced once per plan.</summary>
    internal IReadOnlyDictionary<string, object?> CoerceArguments(IReadOnlyDictionary<string, object?> variables)
    {
        if (HasVariableArguments)
        {
            return ArgumentCoercion.Coerce(Field, Nodes[0], variables);
        }

        var constant = _constantArguments ??= CoerceConstantArguments();
        return constant.Error is null ? constant.Values! : throw constant.Error;
    }

    public override string ToString() => $"{ParentType.Name}.{Field.Name} as {ResponseName}";

    private ConstantArguments CoerceConstantArguments()
    {
        try
        {
            return new ConstantArguments(ArgumentCoercion.Coerce(Field, Nodes[0], OperationPlan.NoVariables), null);
        }
        catch (GraphQLException error)
        {
            return new ConstantArguments(null, error);
        }
    }

    private PlannedField[] Collect(ObjectType type, IReadOnlyDictionary<string, object?> variables) =>
        FieldCollector.Collect(_plan, type, Nodes.Select(n => n.SelectionSet).OfType<SelectionSetNode>(), variables);

    private static bool ContainsVariable(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };

    private sealed record ChildFields(ObjectType Type, PlannedField[] Fields);

    private sealed record ConstantArguments(IReadOnlyDictionary<string, object?>? Values, GraphQLException? Error);
}
