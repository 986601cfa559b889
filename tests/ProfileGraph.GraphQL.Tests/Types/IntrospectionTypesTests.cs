using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Tests.Conformance;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Tests.Types;

/// <summary>The introspection types (spec §4.5) in every schema, compared with graphql-js 16 where the spec and it agree.</summary>
public sealed class IntrospectionTypesTests
{
    private static readonly string[] SpecOrder =
        ["__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"];

    private static readonly string[] Schemas =
    [
        "type Query { a: Int }",
        "type Query { a: Int u: User } type User { n: String f: Float }",
        "directive @d(x: ID) on FIELD type Query { a: Int u: User } type User { n: String f: Float }",
        """
        schema { query: Root mutation: Changes subscription: Feed }
        scalar String
        type Root { node(id: ID!): Node search(filter: Filter, order: Order = ASC): [Result!]! }
        interface Node { id: ID! }
        type Photo implements Node { id: ID! url(size: Int): String width: Int }
        type Person implements Node { id: ID! name: String friends: [Person] ratio: Float }
        union Result = Photo | Person
        enum Order { ASC DESC }
        input Filter { text: String near: Point tags: [String!] }
        input Point @oneOf { lat: Float code: ID }
        type Changes { rename(id: ID!, name: String!): Person }
        type Feed { photos: Photo }
        scalar Json
        """,
        "type Query { t: __Type }",
        "type Query { k: __TypeKind f: Boolean }",
    ];

    [Fact]
    public void Every_schema_has_them_after_its_own_types_in_graphql_js_type_map_order()
    {
        var expected = GraphQLJsOracle.Introspection(Schemas).TypeMaps;

        for (var i = 0; i < Schemas.Length; i++)
        {
            Assert.Equal(expected[i], SchemaBuilder.Build(Schemas[i]).Types.Select(t => t.Name));
        }
    }

    [Fact]
    public void They_are_ordinary_types_shared_by_all_schemas()
    {
        var schema = SchemaBuilder.Build("type Query { a: Int }");
        var other = SchemaBuilder.Build("type Query { b: String }");

        Assert.Equal(SpecOrder, Introspection.Types.Select(t => t.Name));
        Assert.Equal(SpecOrder, schema.Types.Where(Introspection.IsIntrospectionType).Select(t => t.Name));
        Assert.Same(Introspection.TypeType, schema.GetType("__Type"));
        Assert.Same(schema.GetType("__Type"), other.GetType("__Type"));
        Assert.IsType<ObjectType>(schema.GetType("__Schema"));
        Assert.IsType<EnumType>(schema.GetType("__TypeKind"));
        Assert.Same(Introspection.SchemaType, schema.GetType<ObjectType>("__Schema"));
        Assert.Same(Scalars.Boolean, schema.GetType("Boolean"));
        Assert.Same(Introspection.TypeType, Introspection.FieldType.GetField("type")!.Type.GetNamedType());
        Assert.Empty(Introspection.Types.SelectMany(t => t.SyntaxNodes));
    }

    [Fact]
    public void Print_as_graphql_js_prints_them_but_for_the_spec_edition()
    {
        var expected = GraphQLJsOracle.Introspection([]).Types;

        foreach (var type in Introspection.Types)
        {
            Assert.Equal(SpecEdition(type.Name, expected[type.Name]), SchemaPrinter.PrintType(type));
        }
    }

    [Theory]
    [InlineData("__Type", "fields")]
    [InlineData("__Type", "enumValues")]
    [InlineData("__Type", "inputFields")]
    [InlineData("__Field", "args")]
    [InlineData("__Directive", "args")]
    public void IncludeDeprecated_is_a_non_null_boolean_defaulting_to_false(string typeName, string fieldName)
    {
        var argument = Assert.Single(((ObjectType)Introspection.Types[typeName]!).GetField(fieldName)!.Arguments);

        Assert.Equal("includeDeprecated: Boolean!", argument.ToString());
        Assert.Equal("false", SyntaxPrinter.Print(argument.DefaultValue!));
        Assert.False(argument.IsRequired);
    }

    [Fact]
    public void Meta_fields_are_defined_as_the_spec_defines_them()
    {
        Assert.Equal("__schema: __Schema!", Introspection.SchemaField.ToString());
        Assert.Equal("__type: __Type", Introspection.TypeField.ToString());
        Assert.Equal("name: String!", Assert.Single(Introspection.TypeField.Arguments).ToString());
        Assert.Equal("__typename: String!", Introspection.TypenameField.ToString());
        Assert.Equal("The name of the current Object type at runtime.", Introspection.TypenameField.Description);
    }

    [Fact]
    public void Meta_fields_schema_and_type_are_on_the_query_root_only_and_typename_on_composite_types()
    {
        var schema = SchemaBuilder.Build("type Query { u: U s: S } type Mutation { a: Int } union U = Query interface I { a: Int } type S implements I { a: Int }");
        var query = schema.QueryType!;

        Assert.Same(Introspection.SchemaField, Introspection.GetMetaField(schema, query, "__schema"));
        Assert.Same(Introspection.TypeField, Introspection.GetMetaField(schema, query, "__type"));
        Assert.Null(Introspection.GetMetaField(schema, schema.MutationType!, "__schema"));
        Assert.Null(Introspection.GetMetaField(schema, schema.GetType("S")!, "__type"));
        Assert.Null(Introspection.GetMetaField(schema, query, "__types"));
        Assert.Null(Introspection.GetMetaField(schema, query, "u"));
        foreach (var composite in new[] { "Query", "U", "I", "S", "__Type" })
        {
            Assert.Same(Introspection.TypenameField, Introspection.GetMetaField(schema, schema.GetType(composite)!, "__typename"));
        }

        Assert.Null(Introspection.GetMetaField(schema, schema.GetType("Int")!, "__typename"));
    }

    [Fact]
    public void Enum_values_follow_the_model_enums_so_resolvers_can_map_them_by_name()
    {
        Assert.Equal(
            Enum.GetValues<TypeKind>().Select(k => k == TypeKind.InputObject ? "INPUT_OBJECT" : k == TypeKind.NonNull ? "NON_NULL" : k.ToString().ToUpperInvariant()),
            Introspection.TypeKindType.Values.Select(v => v.Name));
        Assert.Equal(Enum.GetValues<DirectiveLocation>().Select(l => l.ToSpecName()), Introspection.DirectiveLocationType.Values.Select(v => v.Name));
    }

    [Fact]
    public void Schema_printing_leaves_them_out()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.Build("type Query { a: Int }"));

        Assert.Equal("type Query {\n  a: Int\n}", printed);
    }

    [Fact]
    public void User_sdl_may_reference_them_as_graphql_js_allows()
    {
        var schema = SchemaBuilder.Build("type Query { type: __Type kind: __TypeKind }");

        Assert.Same(Introspection.TypeType, schema.GetField("Query", "type")!.Type);
        Assert.Equal("type Query {\n  type: __Type\n  kind: __TypeKind\n}", SchemaPrinter.Print(schema));
    }

    [Theory]
    [InlineData("type Query { a: Int } type __Type { x: Int }", "Name \"__Type\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a: Int } enum __TypeKind { A }", "Name \"__TypeKind\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { __schema: Int }", "Name \"__schema\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    public void User_sdl_cannot_define_them(string sdl, string expected)
    {
        // graphql-js silently keeps its own type when SDL redefines one; the spec reserves the names, so this is an error.
        var exception = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.Build(sdl));

        Assert.Contains(expected, exception.Errors.Select(e => e.Message));
    }

    /// <summary>graphql-js 16.15's printed type turned into the September 2025 spec's (see Introspection.graphql).</summary>
    private static string SpecEdition(string typeName, string printed)
    {
        printed = printed
            .Replace("(includeDeprecated: Boolean = false)", "(includeDeprecated: Boolean! = false)", StringComparison.Ordinal)
            .Replace("directives(includeDeprecated: Boolean! = false)", "directives", StringComparison.Ordinal)
            .Replace("\n\n  \"\"\"Location adjacent to a directive definition.\"\"\"\n  DIRECTIVE_DEFINITION", "", StringComparison.Ordinal);
        return typeName == "__Directive"
            ? printed.Replace("\n  isDeprecated: Boolean!\n  deprecationReason: String", "", StringComparison.Ordinal)
            : printed;
    }
}
