using System.Runtime.CompilerServices;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// A validated, immutable schema (spec §3.3): root operation types, every named type by name (introspection types
/// included), and the directive definitions. Build one with <see cref="SchemaBuilder"/>.
/// </summary>
public sealed class GraphQLSchema : IHasDirectives
{
    private readonly Dictionary<string, IReadOnlyList<ObjectType>> _possibleTypes = new(StringComparer.Ordinal);
    private readonly HashSet<(NamedType Abstract, NamedType Sub)> _subTypes = new(TypePairComparer.Instance);

    internal GraphQLSchema(
        string? description,
        ObjectType? queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        IEnumerable<NamedType> types,
        IEnumerable<DirectiveDefinition> directiveDefinitions,
        IReadOnlyList<AppliedDirective> directives,
        IReadOnlyList<TypeSystemNode> syntaxNodes)
    {
        Description = description;
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Types = new NamedCollection<NamedType>(types);
        DirectiveDefinitions = new NamedCollection<DirectiveDefinition>(directiveDefinitions);
        Directives = directives;
        SyntaxNodes = syntaxNodes;

        foreach (var type in Types)
        {
            var implementations = type is InterfaceType ? Types.OfType<ComplexOutputType>().Where(t => t.Implements((InterfaceType)type)).ToList() : [];
            foreach (var sub in type is UnionType union ? union.Types : (IEnumerable<NamedType>)implementations)
            {
                _subTypes.Add((type, sub));
            }

            _possibleTypes[type.Name] = type switch
            {
                UnionType union => union.Types,
                InterfaceType => implementations.OfType<ObjectType>().ToList(),
                _ => [],
            };
        }
    }

    public string? Description { get; }

    public ObjectType? QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>
    /// Every named type, built-in scalars and introspection types included, in graphql-js's type map order: defined
    /// types in definition order, each followed by the types first reached through it, then the introspection types.
    /// </summary>
    public NamedCollection<NamedType> Types { get; }

    /// <summary>Every directive definition: those from SDL in order, then the built-in ones SDL did not redefine.</summary>
    public NamedCollection<DirectiveDefinition> DirectiveDefinitions { get; }

    /// <summary>The directives applied to the schema definition and its extensions.</summary>
    public IReadOnlyList<AppliedDirective> Directives { get; }

    /// <summary>The schema definition (if any) followed by its extensions.</summary>
    public IReadOnlyList<TypeSystemNode> SyntaxNodes { get; }

    public NamedType? GetType(string name) => Types[name];

    public T? GetType<T>(string name)
        where T : NamedType => Types[name] as T;

    /// <summary>
    /// The field <paramref name="name"/> selected on <paramref name="parent"/>, introspection's meta-fields included:
    /// <c>__schema</c> and <c>__type</c> on the query root type, <c>__typename</c> on every composite type.
    /// </summary>
    public FieldDefinition? GetSelectableField(NamedType parent, string name) =>
        Introspection.GetMetaField(this, parent, name) ?? (parent as ComplexOutputType)?.GetField(name);

    /// <summary>The type a type reference in a document names, or null when its named type is unknown.</summary>
    public GraphQLType? GetType(TypeNode node) => node switch
    {
        NamedTypeNode named => GetType(named.Name.Value),
        ListTypeNode list => GetType(list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => GetType(nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };

    public DirectiveDefinition? GetDirective(string name) => DirectiveDefinitions[name];

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => QueryType,
    };

    /// <summary>The field of a named parent type, or null (also for types without fields).</summary>
    public FieldDefinition? GetField(string typeName, string fieldName) => (Types[typeName] as ComplexOutputType)?.GetField(fieldName);

    /// <summary>The object types a value of an abstract type can be: union members or interface implementations.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) =>
        _possibleTypes.GetValueOrDefault(abstractType.Name) ?? [];

    /// <summary>
    /// True when <paramref name="maybeSubType"/> is a member of the union or implements the interface
    /// <paramref name="abstractType"/> (interfaces count as sub-types of the interfaces they implement).
    /// </summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) => _subTypes.Contains((abstractType, maybeSubType));

    /// <summary>Whether <paramref name="type"/> may be used where <paramref name="superType"/> is expected (covariant output types).</summary>
    public bool IsTypeSubTypeOf(GraphQLType type, GraphQLType superType) => (type, superType) switch
    {
        _ when type.IsEqualTo(superType) => true,
        (NonNullType sub, NonNullType super) => IsTypeSubTypeOf(sub.OfType, super.OfType),
        (NonNullType sub, _) => IsTypeSubTypeOf(sub.OfType, superType),
        (_, NonNullType) => false,
        (ListType sub, ListType super) => IsTypeSubTypeOf(sub.OfType, super.OfType),
        (ListType, _) or (_, ListType) => false,
        (NamedType sub, NamedType super) => super is UnionType or InterfaceType && IsSubType(super, sub),
        _ => false,
    };

    /// <summary>Types are compared by identity: validation asks about sub-types on every fragment, and hashing names would dominate.</summary>
    private sealed class TypePairComparer : IEqualityComparer<(NamedType, NamedType)>
    {
        public static TypePairComparer Instance { get; } = new();

        public bool Equals((NamedType, NamedType) x, (NamedType, NamedType) y) => ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((NamedType, NamedType) pair) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(pair.Item1), RuntimeHelpers.GetHashCode(pair.Item2));
    }
}
