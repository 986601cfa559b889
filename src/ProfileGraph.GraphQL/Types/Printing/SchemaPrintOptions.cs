namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// What <see cref="SchemaPrinter"/> prints beyond graphql-js's <c>printSchema</c>. Internal: a subgraph prints its
/// own SDL with it (<see cref="Federation.Subgraph.SourceSdl"/>); the public printer is graphql-js's alone.
/// </summary>
internal sealed record SchemaPrintOptions
{
    /// <summary>graphql-js's <c>printSchema</c>: no applied directive but <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c>, nothing left out.</summary>
    public static SchemaPrintOptions GraphQLJs { get; } = new();

    /// <summary>
    /// Also print every directive the SDL applies, where it applies it, as graphql-js's <c>print</c> writes it in a
    /// document: after a type's interfaces, a field's type, an argument's default; those of schema extensions as
    /// <c>extend schema @a @b</c> after the schema definition.
    /// </summary>
    public bool AppliedDirectives { get; init; }

    /// <summary>Without <see cref="AppliedDirectives"/>, the applied directives of these names alone, where they apply.</summary>
    public IReadOnlySet<string>? AppliedDirectiveNames { get; init; }

    /// <summary>Types, fields and directive definitions left out of the print.</summary>
    public Func<INamedElement, bool> Omits { get; init; } = _ => false;
}
