using GraphQL;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using ProfileGraph.GraphQL.AspNetCore.TestHost;

namespace ProfileGraph.Benchmarks.Peer;

/// <summary>
/// graphql-dotnet 8.8.5 set up as a performance-minded user would for the benchmarks' schema: schema-first from the
/// same SDL (<c>Schema.For</c>, initialized once), the same JSON root value read by a dictionary resolver, a
/// document cache (<see cref="GraphQLDotnetDocumentCache"/>), metrics off, and GraphQL.SystemTextJson's serializer.
/// </summary>
internal sealed class GraphQLDotnetPeer
{
    public GraphQLDotnetPeer()
    {
        Schema = BuildSchema();
        Executer = new DocumentExecuter(new GraphQLDocumentBuilder(), new DocumentValidator(), new DefaultExecutionStrategySelector(), [new GraphQLDotnetDocumentCache()]);
    }

    public ISchema Schema { get; }

    public IDocumentExecuter Executer { get; }

    public GraphQLSerializer Serializer { get; } = new();

    /// <summary>The validate and execute benchmarks' schema, from <see cref="ValidatorBenchmarks.SchemaDocument"/>.</summary>
    public static ISchema BuildSchema()
    {
        var sdl = File.ReadAllText(Repository.DocumentPath(ValidatorBenchmarks.SchemaDocument));
        global::GraphQL.Types.Schema? built = null;

        // Abstract types resolve by the value's "__typename", as graphql-js's default type resolver does.
        var definitions = GraphQLParser.Parser.Parse(sdl).Definitions;
        var abstractTypes = definitions
            .Select(definition => definition switch
            {
                GraphQLInterfaceTypeDefinition type => type.Name.StringValue,
                GraphQLUnionTypeDefinition type => type.Name.StringValue,
                _ => null,
            })
            .OfType<string>()
            .ToList();
        var subscription = definitions.OfType<GraphQLSchemaDefinition>().SelectMany(definition => definition.OperationTypes)
            .FirstOrDefault(root => root.Operation == OperationType.Subscription)?.Type?.Name.StringValue;
        var subscriptionFields = definitions.OfType<GraphQLObjectTypeDefinition>().Where(type => type.Name.StringValue == subscription)
            .SelectMany(type => type.Fields?.Items ?? []).Select(field => field.Name.StringValue).ToList();
        var schema = global::GraphQL.Types.Schema.For(sdl, builder =>
        {
            // Every field reads the JSON root value, as graphql-js's default resolver does.
            foreach (var type in definitions.OfType<GraphQLObjectTypeDefinition>().Where(type => type.Name.StringValue != subscription))
            {
                foreach (var field in type.Fields?.Items ?? [])
                {
                    builder.Types.For(type.Name.StringValue).FieldFor(field.Name.StringValue).Resolver = DictionaryFieldResolver.Instance;
                }
            }

            // graphql-dotnet refuses a subscription field without a stream; the benchmarks never subscribe.
            foreach (var field in subscriptionFields)
            {
                builder.Types.For(subscription!).FieldFor(field).StreamResolver = new SourceStreamResolver<object?>(_ => NoEvents.Instance);
            }

            foreach (var name in abstractTypes)
            {
                builder.Types.For(name).ResolveType = value =>
                    value is IDictionary<string, object?> fields && fields.TryGetValue("__typename", out var typename) && typename is string type
                        ? (IObjectGraphType)built!.AllTypes[type]!
                        : null!;
            }
        });
        built = schema;
        foreach (var scalar in definitions.OfType<GraphQLScalarTypeDefinition>())
        {
            schema.RegisterType(new PassThroughScalar(scalar.Name.StringValue));
        }

        // Spec features graphql-dotnet 8 keeps behind switches: repeatable directives, deprecated arguments and input fields.
        schema.Features.RepeatableDirectives = true;
        schema.Features.DeprecationOfInputValues = true;
        schema.Initialize();
        return schema;
    }

    public ExecutionOptions Options(string query, IReadOnlyDictionary<string, object?> variables, object? root) => new()
    {
        Schema = Schema,
        Query = query,
        Variables = new Inputs(variables.ToDictionary(pair => pair.Key, pair => pair.Value)),
        Root = root,
        EnableMetrics = false,
    };

    /// <summary>A stream that ends at once.</summary>
    private sealed class NoEvents : IObservable<object?>, IDisposable
    {
        public static NoEvents Instance { get; } = new();

        public IDisposable Subscribe(IObserver<object?> observer)
        {
            observer.OnCompleted();
            return this;
        }

        public void Dispose()
        {
        }
    }
}
