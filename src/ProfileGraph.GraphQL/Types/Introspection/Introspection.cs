using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// Introspection (spec §4): the types every schema has, <c>__Schema</c> to <c>__DirectiveLocation</c>, and the
/// meta-fields that reach them. The types are ordinary <see cref="ObjectType"/>s and <see cref="EnumType"/>s, built
/// once from <c>Introspection.graphql</c> and shared by all schemas, as graphql-js shares its own.
/// https://spec.graphql.org/September2025/#sec-Schema-Introspection
/// </summary>
public static class Introspection
{
    private const string SdlResource = "ProfileGraph.GraphQL.Introspection.graphql";

    /// <summary>The eight introspection types in the spec's order (also the order they join a schema's type map).</summary>
    public static NamedCollection<NamedType> Types { get; } = new(BuildTypes());

    /// <summary><c>__Schema</c>: the types, root types and directives of a schema.</summary>
    public static ObjectType SchemaType { get; } = (ObjectType)Types["__Schema"]!;

    /// <summary><c>__Type</c>: any type, named or a list or non-null wrapper.</summary>
    public static ObjectType TypeType { get; } = (ObjectType)Types["__Type"]!;

    /// <summary><c>__TypeKind</c>: the names of <see cref="Types.TypeKind"/>, e.g. <c>INPUT_OBJECT</c>.</summary>
    public static EnumType TypeKindType { get; } = (EnumType)Types["__TypeKind"]!;

    /// <summary><c>__Field</c>: a <see cref="FieldDefinition"/>.</summary>
    public static ObjectType FieldType { get; } = (ObjectType)Types["__Field"]!;

    /// <summary><c>__InputValue</c>: an argument or input field (<see cref="InputValueDefinition"/>).</summary>
    public static ObjectType InputValueType { get; } = (ObjectType)Types["__InputValue"]!;

    /// <summary><c>__EnumValue</c>: an <see cref="Types.EnumValue"/>.</summary>
    public static ObjectType EnumValueType { get; } = (ObjectType)Types["__EnumValue"]!;

    /// <summary><c>__Directive</c>: a <see cref="DirectiveDefinition"/>.</summary>
    public static ObjectType DirectiveType { get; } = (ObjectType)Types["__Directive"]!;

    /// <summary><c>__DirectiveLocation</c>: the spec names of <see cref="Language.DirectiveLocation"/>, e.g. <c>FIELD_DEFINITION</c>.</summary>
    public static EnumType DirectiveLocationType { get; } = (EnumType)Types["__DirectiveLocation"]!;

    /// <summary><c>__schema: __Schema!</c>, a meta-field of the query root type only.</summary>
    public static FieldDefinition SchemaField { get; } = new(
        "__schema", "Access the current type schema of this server.", new NonNullType(SchemaType), [], [], null);

    /// <summary><c>__type(name: String!): __Type</c>, a meta-field of the query root type only.</summary>
    public static FieldDefinition TypeField { get; } = new(
        "__type", "Request the type information of a single type.", TypeType, [new ArgumentDefinition("name", null, new NonNullType(Scalars.String))], [], null);

    /// <summary><c>__typename: String!</c>, a meta-field of every object, interface and union type.</summary>
    public static FieldDefinition TypenameField { get; } = new(
        "__typename", "The name of the current Object type at runtime.", new NonNullType(Scalars.String), [], [], null);

    /// <summary>True for the introspection types (by name, as graphql-js decides), which SDL printing leaves out.</summary>
    public static bool IsIntrospectionType(NamedType type) => Types.Contains(type.Name);

    /// <summary>
    /// The meta-field <paramref name="fieldName"/> selected on <paramref name="parentType"/>, or null: <c>__schema</c>
    /// and <c>__type</c> on the schema's query root type, <c>__typename</c> on any composite type.
    /// </summary>
    public static FieldDefinition? GetMetaField(GraphQLSchema schema, NamedType parentType, string fieldName)
    {
        // Cheap rejection first: this runs for every field a document selects.
        if (fieldName.Length < 6 || fieldName[0] != '_' || fieldName[1] != '_')
        {
            return null;
        }

        return fieldName switch
        {
            "__typename" when parentType is ComplexOutputType or UnionType => TypenameField,
            "__schema" when ReferenceEquals(parentType, schema.QueryType) => SchemaField,
            "__type" when ReferenceEquals(parentType, schema.QueryType) => TypeField,
            _ => null,
        };
    }

    private static List<NamedType> BuildTypes()
    {
        using var stream = typeof(Introspection).Assembly.GetManifestResourceStream(SdlResource)
            ?? throw new InvalidOperationException($"The resource {SdlResource} is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var document = Utf8GraphQLParser.Parse(buffer.ToArray(), new ParserOptions { NoLocations = true });

        var errors = new SchemaErrors();
        var types = new SchemaAssembly(new TypeSystemDefinitions([document], errors), new Dictionary<string, ScalarType>(), errors).AssembleTypes();
        if (errors.All.Count > 0)
        {
            throw new InvalidOperationException("Introspection.graphql does not build: " + string.Join("; ", errors.All));
        }

        // No user SDL defines them: without definition nodes, schema validation and printing treat them as built in.
        foreach (var type in types)
        {
            type.SyntaxNodes = [];
        }

        return types;
    }
}
