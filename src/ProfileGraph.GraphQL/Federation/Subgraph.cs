using System.Runtime.CompilerServices;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Federation;

/// <summary>
/// What makes a built schema an Apollo Federation 2 subgraph (see <see cref="FederationSchemaBuilderExtensions.AddFederation"/>):
/// the federation version it links, its entity types, and the SDL that <c>_service { sdl }</c> returns.
/// </summary>
public sealed class Subgraph
{
    private static readonly ConditionalWeakTable<GraphQLSchema, Subgraph> BySchema = [];

    private readonly Func<INamedElement, bool> _isAddedByFederation;
    private string? _sourceSdl;

    internal Subgraph(GraphQLSchema schema, string federationVersion, IReadOnlyList<ObjectType> entityTypes, string sdl, Func<INamedElement, bool> isAddedByFederation)
    {
        Schema = schema;
        FederationVersion = federationVersion;
        EntityTypes = entityTypes;
        Sdl = sdl;
        _isAddedByFederation = isAddedByFederation;
    }

    public GraphQLSchema Schema { get; }

    /// <summary>The federation version the schema links, e.g. "v2.7".</summary>
    public string FederationVersion { get; }

    /// <summary>The members of <c>_Entity</c>: the object types with a <c>@key</c>, sorted by name as @apollo/subgraph sorts them.</summary>
    public IReadOnlyList<ObjectType> EntityTypes { get; }

    /// <summary>
    /// The subgraph SDL, as <c>_service { sdl }</c> returns it and composition tools read it: what
    /// <c>@apollo/subgraph</c>'s <c>buildSubgraphSchema</c> gives for the same SDL, with every applied directive
    /// (federation's and the schema's own), the <c>@link</c>s, and the definitions federation adds.
    /// </summary>
    public string Sdl { get; }

    /// <summary>
    /// The subgraph's own SDL: the schema as <see cref="SchemaPrinter.Print(GraphQLSchema)"/> prints it (graphql-js's
    /// <c>printSchema</c> layout), plus the directives the SDL applies where it applies them (<c>extend schema
    /// @link(...)</c>, <c>type User @key(fields: "id") {</c>), without the definitions federation adds. An SDL
    /// file kept in this form builds the same subgraph again.
    /// </summary>
    public string SourceSdl => _sourceSdl ??= SchemaPrinter.Print(Schema, new SchemaPrintOptions { AppliedDirectives = true, Omits = _isAddedByFederation });

    /// <summary>The subgraph a schema was built as, or null when it was not built with <c>AddFederation</c>.</summary>
    public static Subgraph? Of(GraphQLSchema schema) => BySchema.TryGetValue(schema, out var subgraph) ? subgraph : null;

    internal static void Register(GraphQLSchema schema, Subgraph subgraph) => BySchema.AddOrUpdate(schema, subgraph);
}
