using ProfileGraph.GraphQL.DataLoader;
using ProfileGraph.GraphQL.Execution.Planning;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>What a resolver sees of the field it resolves and of the request it belongs to.</summary>
public interface IResolverContext
{
    GraphQLSchema Schema { get; }

    /// <summary>The object type whose field is being resolved.</summary>
    ObjectType ParentType { get; }

    FieldDefinition Field { get; }

    /// <summary>The field as planned: response name, the field nodes merged into it, its sub-selections.</summary>
    PlannedField Selection { get; }

    /// <summary>The parent object's value: what the parent field's resolver returned (the root value for root fields).</summary>
    object? Parent { get; }

    ResultPath Path { get; }

    /// <summary>Coerced argument values (spec §6.4.2): given arguments and defaults; absent ones are not present.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The request's services (ASP.NET Core's request services, or an empty provider).</summary>
    IServiceProvider Services { get; }

    /// <summary>Per-request state shared by every resolver of the request.</summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>Cancelled when the client goes away or the request's deadline passes.</summary>
    CancellationToken RequestAborted { get; }

    /// <summary>The request's DataLoaders; an instance per loader type per request.</summary>
    DataLoaderScope DataLoaders { get; }

    /// <summary>
    /// Look-ahead: the fields this field's selection set selects on <paramref name="type"/> (the field's own type when
    /// null), after fragments, <c>@skip</c> and <c>@include</c>.
    /// </summary>
    IReadOnlyList<PlannedField> GetSelections(ObjectType? type = null);

    /// <summary>Deeper look-ahead: the fields <paramref name="selection"/> (found by look-ahead) selects on <paramref name="type"/>.</summary>
    IReadOnlyList<PlannedField> GetSelections(PlannedField selection, ObjectType type);

    /// <summary>The coerced arguments of a field found by look-ahead, with this request's variables.</summary>
    IReadOnlyDictionary<string, object?> ArgumentsOf(PlannedField selection);

    /// <summary>Adds an error to the response without failing the field.</summary>
    void ReportError(GraphQLError fieldError);

    /// <summary>
    /// The response's <c>extensions</c> entry <paramref name="key"/> (spec §7.1), made by <paramref name="create"/> the
    /// first time any resolver of the request asks for it; thread-safe. It is written as JSON after execution, so a
    /// resolver may add to it until then (keep what it adds thread-safe too).
    /// </summary>
    T GetOrAddResultExtension<T>(string key, Func<T> create)
        where T : class;
}
