using ProfileGraph.GraphQL.Binding;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// Builds a <see cref="GraphQLSchema"/> from SDL (spec §3): any number of documents with definitions and
/// <c>extend</c> definitions, plus custom scalar implementations. <see cref="Build"/> validates the result and
/// reports every problem at once in a <see cref="SchemaValidationException"/>.
/// <para>
/// Resolvers bind to the SDL (schema-first): a resolver class per type whose public methods serve the fields of
/// the same name, delegates for single fields, and CLR types whose properties serve the remaining fields. A builder
/// that registers none builds a type-system-only schema (for validation, printing, tooling); once it registers
/// any, every root field must resolve and every binding is checked, and <see cref="Build()"/> lists every problem.
/// </para>
/// </summary>
public sealed class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly ResolverRegistrations _resolvers = new();
    private readonly List<DirectiveDefinition> _engineDirectives = [];

    /// <summary>Adds an SDL document; throws <see cref="GraphQLSyntaxError"/> when it does not parse.</summary>
    public SchemaBuilder AddDocument(string sdl) => AddDocument(Utf8GraphQLParser.Parse(sdl));

    public SchemaBuilder AddDocument(DocumentNode document)
    {
        _documents.Add(document);
        return this;
    }

    /// <summary>
    /// Registers the implementation of a custom scalar, e.g. <see cref="Scalars.DateTime"/>. SDL may declare it
    /// (adding a description or directives) or just use it; the schema gets its own copy either way.
    /// </summary>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        if (Scalars.Specified.Contains(scalar.Name))
        {
            throw new ArgumentException($"The built-in scalar {scalar.Name} cannot be replaced.", nameof(scalar));
        }

        _scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>
    /// Binds the public methods of <typeparamref name="TResolvers"/> to the fields of the type it names
    /// (<c>[GraphQLName]</c>, else the class name without a "Resolvers" or "Resolver" suffix). Methods match fields
    /// by name (an "Async" suffix dropped), parameters match arguments by name; <c>[Parent]</c>, <c>[Service]</c>,
    /// <see cref="IResolverContext"/> and <see cref="CancellationToken"/> parameters are supplied by the executor.
    /// Binding an interface type serves every implementation's field that has no resolver of its own.
    /// </summary>
    public SchemaBuilder AddResolvers<TResolvers>() => AddResolverClass(typeof(TResolvers), null);

    /// <summary>Binds the methods of <typeparamref name="TResolvers"/> to the fields of <paramref name="typeName"/>.</summary>
    public SchemaBuilder AddResolvers<TResolvers>(string typeName) => AddResolverClass(typeof(TResolvers), typeName);

    /// <summary>Binds the methods of a resolver class, which may be static, like <see cref="AddResolvers{TResolvers}()"/>.</summary>
    public SchemaBuilder AddResolvers(Type resolverType, string? typeName = null) => AddResolverClass(resolverType, typeName);

    /// <summary>Binds the methods of an existing resolver object, which then serves every request.</summary>
    public SchemaBuilder AddResolvers(object resolvers, string? typeName = null)
    {
        ArgumentNullException.ThrowIfNull(resolvers);
        _resolvers.Classes.Add((resolvers.GetType(), typeName ?? ResolverRegistrations.TypeNameOf(resolvers.GetType()), resolvers));
        return this;
    }

    /// <summary>
    /// Binds one field to a delegate: a <see cref="FieldResolver"/>, or any lambda whose parameters are bound like a
    /// resolver method's, e.g. <c>AddResolver("Query", "user", (string id, [Service] Users users) =&gt; users.Find(id))</c>.
    /// </summary>
    public SchemaBuilder AddResolver(string typeName, string fieldName, Delegate resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _resolvers.Delegates.Add((typeName, fieldName, resolver));
        return this;
    }

    /// <summary>
    /// Binds a subscription root field's subscriber: a delegate whose parameters are bound like a resolver's and which
    /// returns the field's source stream, an <c>IAsyncEnumerable&lt;T&gt;</c> (or a task of one). Each event then
    /// completes as the field's value, or is the parent of the field's resolver when one is bound.
    /// </summary>
    public SchemaBuilder AddSubscriber(string fieldName, Delegate subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        _resolvers.Subscribers.Add((fieldName, subscriber));
        return this;
    }

    /// <summary>Binds one field to a resolver that sees the whole context.</summary>
    public SchemaBuilder AddResolver(string typeName, string fieldName, FieldResolver resolver) =>
        AddResolver(typeName, fieldName, (Delegate)resolver);

    /// <summary>
    /// Declares that instances of <typeparamref name="T"/> are values of the object type <paramref name="typeName"/>:
    /// its fields without resolvers are checked against T's members, and abstract types resolve T to it. For a root
    /// type, the root value passed to the executor is a T.
    /// </summary>
    public SchemaBuilder BindRuntimeType<T>(string typeName)
    {
        _resolvers.RuntimeTypes.Add((typeName, typeof(T)));
        return this;
    }

    /// <summary>A check that tells values of the object type <paramref name="typeName"/> from other members of its abstract types.</summary>
    public SchemaBuilder AddIsTypeOf(string typeName, Func<object, bool> isTypeOf)
    {
        ArgumentNullException.ThrowIfNull(isTypeOf);
        _resolvers.TypeChecks.Add((typeName, isTypeOf));
        return this;
    }

    private SchemaBuilder AddResolverClass(Type resolverType, string? typeName)
    {
        ArgumentNullException.ThrowIfNull(resolverType);
        _resolvers.Classes.Add((resolverType, typeName ?? ResolverRegistrations.TypeNameOf(resolverType), null));
        return this;
    }

    /// <summary>
    /// Declares <c>@defer</c> and/or <c>@stream</c> (the incremental delivery RFC) in the schema, so documents may use
    /// them; without them validation refuses both as unknown directives.
    /// </summary>
    public SchemaBuilder EnableIncrementalDelivery(bool defer = true, bool stream = true)
    {
        _engineDirectives.RemoveAll(d => d.Name is "defer" or "stream");
        if (defer)
        {
            _engineDirectives.Add(BuiltInDirectives.Defer);
        }

        if (stream)
        {
            _engineDirectives.Add(BuiltInDirectives.Stream);
        }

        return this;
    }

    /// <summary>
    /// Set by <c>AddFederation</c> (<see cref="Federation.FederationSchemaBuilderExtensions"/>): the schema is built as an
    /// Apollo Federation subgraph, with the federation definitions, <c>_service</c> and <c>_entities</c> added.
    /// </summary>
    internal Federation.SubgraphSetup? Subgraph { get; set; }

    /// <summary>Builds and validates the schema, or throws <see cref="SchemaValidationException"/> listing all problems.</summary>
    public GraphQLSchema Build()
    {
        var errors = new SchemaErrors();
        var subgraph = Subgraph?.Prepare(_documents, _scalars, _resolvers, errors);
        var schema = new SchemaAssembly(
            new TypeSystemDefinitions(subgraph?.Documents ?? _documents, errors),
            subgraph?.Scalars ?? _scalars,
            errors,
            _engineDirectives).Assemble();
        SchemaValidator.Validate(schema, errors);
        if (errors.All.Count == 0)
        {
            subgraph?.Attach(schema, errors);
        }

        if (errors.All.Count == 0)
        {
            new ResolverBinder(schema, subgraph?.Resolvers ?? _resolvers, errors).Bind();
        }

        return errors.All.Count == 0 ? schema : throw new SchemaValidationException(errors.All);
    }

    /// <summary>Shorthand for building a schema from SDL strings alone.</summary>
    public static GraphQLSchema Build(params IEnumerable<string> sdl)
    {
        var builder = new SchemaBuilder();
        foreach (var document in sdl)
        {
            builder.AddDocument(document);
        }

        return builder.Build();
    }
}
