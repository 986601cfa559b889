using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Federation;

/// <summary>
/// Makes a schema-first schema an Apollo Federation 2 subgraph (Apollo's subgraph specification): the SDL links
/// federation with <c>extend schema @link(url: "https://specs.apollo.dev/federation/v2.x", import: [...])</c>, and
/// entity resolvers turn representations into entities for <c>_entities</c>.
/// </summary>
public static class FederationSchemaBuilderExtensions
{
    /// <summary>
    /// Builds the schema as a subgraph. The federation version its <c>@link</c> names (v2.0 to v2.14) brings its
    /// directives and scalars (<c>@key</c>, <c>@shareable</c>, <c>@external</c>, <c>@requires</c>, <c>@provides</c>,
    /// <c>@tag</c>, <c>@inaccessible</c>, <c>@override</c>, <c>@interfaceObject</c>, <c>@composeDirective</c>, ...,
    /// <c>FieldSet</c>), named as imported or <c>federation__name</c> otherwise, and <c>@link</c> with
    /// <c>link__Purpose</c> and <c>link__Import</c>; applied directives stay on the model. The schema also gets
    /// <c>scalar _Any</c>, <c>type _Service { sdl: String }</c>, <c>union _Entity</c> of the object types with a
    /// <c>@key</c>, and the query fields <c>_service: _Service!</c> and (with entities)
    /// <c>_entities(representations: [_Any!]!): [_Entity]!</c>. See <see cref="Subgraph"/> for what it gives.
    /// </summary>
    public static SchemaBuilder AddFederation(this SchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Subgraph ??= new SubgraphSetup();
        return builder;
    }

    /// <summary>
    /// Registers how <c>_entities</c> resolves representations of the entity type <paramref name="typeName"/>: a
    /// delegate called once per representation, whose parameters bind like a resolver's, with the representation's
    /// scalar and enum fields as its arguments (<c>(string id, UsersById users) =&gt; users.LoadAsync(id)</c>), the
    /// <see cref="EntityRepresentation"/> as its <c>[Parent]</c>, and the context, services, DataLoaders and
    /// cancellation token as usual. Every representation's resolver starts before any is awaited, so DataLoader loads
    /// of one <c>_entities</c> call share a batch. A null result is a null entity; a <see cref="GraphQLException"/>
    /// is an error at that entity's path (<c>["_entities", 3]</c>) with the exception's code. Enables federation.
    /// </summary>
    public static SchemaBuilder AddEntityResolver(this SchemaBuilder builder, string typeName, Delegate resolver) =>
        AddEntityResolver(builder, typeName, null, resolver);

    /// <summary>An entity resolver that sees the whole context: the representation is <see cref="IResolverContext.Parent"/>.</summary>
    public static SchemaBuilder AddEntityResolver(this SchemaBuilder builder, string typeName, FieldResolver resolver) =>
        AddEntityResolver(builder, typeName, null, (Delegate)resolver);

    /// <summary>
    /// Registers the entity resolver of the representations of <paramref name="typeName"/> that have the fields of
    /// the key <paramref name="key"/> (as its <c>@key(fields:)</c> says, e.g. <c>"provider providerId"</c>): a type
    /// with several keys can resolve each its own way. Representations go to the first registered resolver whose key
    /// they have (a resolver without a key takes any).
    /// </summary>
    public static SchemaBuilder AddEntityResolver(this SchemaBuilder builder, string typeName, string? key, Delegate resolver)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(resolver);
        builder.AddFederation();
        builder.Subgraph!.EntityResolvers.Add((typeName, key, resolver));
        return builder;
    }

    /// <summary>An entity resolver for one key that sees the whole context.</summary>
    public static SchemaBuilder AddEntityResolver(this SchemaBuilder builder, string typeName, string? key, FieldResolver resolver) =>
        AddEntityResolver(builder, typeName, key, (Delegate)resolver);
}
