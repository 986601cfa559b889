using ProfileGraph.GraphQL.DataLoader;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Execution.Planning;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Federation;

/// <summary>An entity type of a subgraph: its resolvable keys and the entity resolvers registered for it, in order.</summary>
internal sealed class EntityType(ObjectType type, IReadOnlyList<FieldSet> keys)
{
    public ObjectType Type { get; } = type;

    /// <summary>The type's <c>@key</c>s that do not set <c>resolvable: false</c>.</summary>
    public IReadOnlyList<FieldSet> Keys { get; } = keys;

    /// <summary>The entity resolvers: each for one key, or for any (null), in registration order.</summary>
    public List<(FieldSet? Key, FieldResolver Resolver)> Resolvers { get; } = [];

    public string DescribeKeys() => string.Join(", ", Keys.Select(k => $"@key(fields: \"{k.Text}\")"));
}

/// <summary>
/// Resolves <c>Query._entities(representations:)</c>: each representation goes to the entity resolver of its
/// <c>__typename</c> for a key whose fields it has. All resolvers start before any is awaited, so DataLoader keys
/// that several of them load gather into one batch, as sibling fields' keys do. A representation that cannot be
/// resolved (unknown type, no key's fields, no resolver, a resolver that throws) is null in the list with an error
/// at its own path; the others are unaffected.
/// </summary>
internal sealed class EntitiesResolver(IReadOnlyDictionary<string, EntityType> entities)
{
    public ValueTask<object?> ResolveAsync(IResolverContext context)
    {
        var representations = (IReadOnlyList<object?>)context.Arguments["representations"]!;
        var path = context.Path;
        var results = new object?[representations.Count];
        List<(int Index, EntityType Entity, ValueTask<object?> Pending)>? pending = null;
        for (var index = 0; index < representations.Count; index++)
        {
            var representation = (EntityRepresentation)representations[index]!;
            if (!entities.TryGetValue(representation.TypeName, out var entity))
            {
                results[index] = new GraphQLException(
                    $"The representation at index {index} names type \"{representation.TypeName}\", which is not an entity type of this subgraph.",
                    ErrorCodes.BadUserInput);
                continue;
            }

            try
            {
                var resolver = ChooseResolver(entity, representation, index);
                var entityContext = new EntityResolverContext(context, entity.Type, representation, path.Append(index), RepresentationArguments(entity.Type, representation));
                var resolving = resolver(entityContext);
                if (resolving.IsCompletedSuccessfully)
                {
                    results[index] = Typed(entity, resolving.Result);
                }
                else
                {
                    (pending ??= []).Add((index, entity, resolving));
                }
            }
            catch (Exception exception)
            {
                results[index] = exception;
            }
        }

        return pending is null ? new ValueTask<object?>(results) : AwaitAllAsync(results, pending);
    }

    private static async ValueTask<object?> AwaitAllAsync(object?[] results, List<(int Index, EntityType Entity, ValueTask<object?> Pending)> pending)
    {
        // Every resolver has started (and queued its DataLoader keys) before the first await.
        foreach (var (index, entity, resolving) in pending)
        {
            try
            {
                results[index] = Typed(entity, await resolving.ConfigureAwait(false));
            }
            catch (Exception exception)
            {
                results[index] = exception;
            }
        }

        return results;
    }

    /// <summary>The value completed as the representation's type: null stays null, an exception is that item's error.</summary>
    private static object? Typed(EntityType entity, object? value) => value switch
    {
        null or Exception or TypedValue => value,
        _ => new TypedValue(entity.Type, value),
    };

    private static FieldResolver ChooseResolver(EntityType entity, EntityRepresentation representation, int index)
    {
        if (entity.Keys.Count == 0)
        {
            throw new GraphQLException(
                $"The representation at index {index} names type \"{entity.Type.Name}\", which this subgraph cannot resolve: its keys set resolvable: false.",
                ErrorCodes.BadUserInput);
        }

        if (!entity.Keys.Any(key => key.IsSatisfiedBy(representation)))
        {
            throw new GraphQLException(
                $"The representation at index {index} of type \"{entity.Type.Name}\" lacks the fields of each of its keys: {entity.DescribeKeys()}.",
                ErrorCodes.BadUserInput);
        }

        if (entity.Resolvers.Count == 0)
        {
            throw new GraphQLException($"Type \"{entity.Type.Name}\" has no entity resolver: the subgraph cannot resolve its representations.", ErrorCodes.InternalServerError);
        }

        foreach (var (key, resolver) in entity.Resolvers)
        {
            if (key is null || key.IsSatisfiedBy(representation))
            {
                return resolver;
            }
        }

        throw new GraphQLException(
            $"No entity resolver of type \"{entity.Type.Name}\" serves the key of the representation at index {index}; resolvers serve "
            + string.Join(", ", entity.Resolvers.Select(r => $"@key(fields: \"{r.Key!.Text}\")")) + ".",
            ErrorCodes.InternalServerError);
    }

    /// <summary>
    /// The representation's fields that are fields of the type, coerced like input values of the field's type where
    /// that is a scalar or enum (an <c>ID</c> given as a number becomes a string), for resolver parameters of those names.
    /// </summary>
    private static Dictionary<string, object?> RepresentationArguments(ObjectType type, EntityRepresentation representation)
    {
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in representation)
        {
            if (type.GetField(name) is not { } field)
            {
                continue;
            }

            try
            {
                arguments[name] = Coerce(value, field.Type);
            }
            catch (GraphQLCoercionException error)
            {
                throw new GraphQLException($"The representation's field \"{type.Name}.{name}\" has an invalid value: {error.Message}", ErrorCodes.BadUserInput, innerException: error);
            }
        }

        return arguments;
    }

    private static object? Coerce(object? value, GraphQLType type) => (type, value) switch
    {
        (_, null) => null,
        (NonNullType nonNull, _) => Coerce(value, nonNull.OfType),
        (ListType list, IEnumerable<object?> items) when value is not string => items.Select(item => Coerce(item, list.OfType)).ToList(),
        (LeafType leaf, _) => leaf.ParseValue(value),
        _ => value,
    };
}

/// <summary>
/// What an entity resolver sees: the <c>_entities</c> field's context, with the representation as the parent, its
/// fields as arguments, the entity's own path (<c>_entities.3</c>), and look-ahead on the entity's type.
/// </summary>
internal sealed class EntityResolverContext(IResolverContext entities, ObjectType entityType, EntityRepresentation representation, ResultPath path, IReadOnlyDictionary<string, object?> arguments)
    : IResolverContext
{
    public GraphQLSchema Schema => entities.Schema;

    public ObjectType ParentType => entities.ParentType;

    public FieldDefinition Field => entities.Field;

    public PlannedField Selection => entities.Selection;

    /// <summary>The representation (an <see cref="EntityRepresentation"/>).</summary>
    public object? Parent => representation;

    public ResultPath Path => path;

    public IReadOnlyDictionary<string, object?> Arguments => arguments;

    public IServiceProvider Services => entities.Services;

    public IDictionary<string, object?> ContextData => entities.ContextData;

    public CancellationToken RequestAborted => entities.RequestAborted;

    public DataLoaderScope DataLoaders => entities.DataLoaders;

    /// <summary>What the gateway selects on the entity's type (<c>... on User { ... }</c>) when <paramref name="type"/> is null.</summary>
    public IReadOnlyList<PlannedField> GetSelections(ObjectType? type = null) => entities.GetSelections(type ?? entityType);

    public IReadOnlyList<PlannedField> GetSelections(PlannedField selection, ObjectType type) => entities.GetSelections(selection, type);

    public IReadOnlyDictionary<string, object?> ArgumentsOf(PlannedField selection) => entities.ArgumentsOf(selection);

    public void ReportError(GraphQLError fieldError) => entities.ReportError(fieldError);

    public T GetOrAddResultExtension<T>(string key, Func<T> create)
        where T : class => entities.GetOrAddResultExtension(key, create);
}
