using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Tests.Types;

/// <summary>Spec §3 type-system rules, each with a valid and an invalid schema; messages follow graphql-js 16.</summary>
public sealed class SchemaValidationTests
{
    private static string[] Errors(string sdl)
    {
        try
        {
            SchemaBuilder.Build(sdl);
            return [];
        }
        catch (SchemaValidationException exception)
        {
            return [.. exception.Errors.Select(e => e.Message)];
        }
    }

    [Theory]
    [InlineData("type Query { a: Int }")]
    [InlineData("schema { query: Root } type Root { a: Int }")]
    [InlineData("type Query { a(x: Int = 1, y: [String!] = [\"a\"], z: In = {b: 2}): Int } input In { b: Int! c: Int = 3 }")]
    [InlineData("interface Node { id: ID! } interface Entity implements Node { id: ID! } type User implements Entity & Node { id: ID! } type Query { n: Node }")]
    [InlineData("interface I { f(a: Int): I } type T implements I { f(a: Int, b: Int): T } type Query { t: T }")]
    [InlineData("union U = A | B type A { a: Int } type B { b: Int } type Query { u: U }")]
    [InlineData("input In @oneOf { a: Int b: String } input Self { self: Self, list: [Self!]! } type Query { f(i: In, s: Self): Int }")]
    [InlineData("directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION type Query @tag(name: \"a\") @tag(name: \"b\") { a: Int @tag(name: \"c\") }")]
    [InlineData("type Query { a: Int } extend type Query { b: Int } extend schema @d directive @d on SCHEMA")]
    [InlineData("type Query { a(x: Int @deprecated): Int b(y: Int! = 1 @deprecated): Int }")]
    public void Valid_schemas_build(string sdl) => Assert.Empty(Errors(sdl));

    [Theory]
    [InlineData("type T { a: Int }", "Query root type must be provided.")]
    [InlineData("schema { query: U } union U = Query type Query { a: Int }", "Query root type must be Object type, it cannot be U.")]
    [InlineData("type Query { a: Int } input Mutation { a: Int }", "Mutation root type must be Object type if provided, it cannot be Mutation.")]
    [InlineData("schema { query: Query query: Query } type Query { a: Int }", "There can be only one query type in schema.")]
    [InlineData("schema { query: Query } schema { query: Query } type Query { a: Int }", "Must provide only one schema definition.")]
    [InlineData("type Query { __a: Int }", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a: Int } type __T { a: Int }", "Name \"__T\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\".")]
    [InlineData("type Query { a: Int a: String }", "Field \"Query.a\" can only be defined once.")]
    [InlineData("type Query { a: Int } extend type Query { a: Int }", "Field \"Query.a\" can only be defined once.")]
    [InlineData("type Query { a(x: Int, x: Int): Int }", "Argument \"Query.a(x:)\" can only be defined once.")]
    [InlineData("type Query { a: Int } enum E { A A }", "Enum value \"E.A\" can only be defined once.")]
    [InlineData("type Query { a: Missing }", "Unknown type \"Missing\".")]
    [InlineData("type Query { a: Int } extend type Nope { a: Int }", "Cannot extend type \"Nope\" because it is not defined.")]
    [InlineData("type Query { a: Int } enum E { A } extend type E { a: Int }", "Cannot extend non-object type \"E\".")]
    [InlineData("type Query { a: Int } type Empty", "Type Empty must define one or more fields.")]
    [InlineData("type Query { a: In } input In { a: Int }", "The type of Query.a must be Output Type but got: In.")]
    [InlineData("type Query { a(x: Query): Int }", "The type of Query.a(x:) must be Input Type but got: Query.")]
    [InlineData("type Query { a: Int } input In { q: Query }", "The type of In.q must be Input Type but got: Query.")]
    [InlineData("type Query { a: Int } interface I { f: Int } type T implements I { g: Int }", "Interface field I.f expected but T does not provide it.")]
    [InlineData("type Query { a: Int } interface I { f: Int } type T implements I { f: String }", "Interface field I.f expects type Int but T.f is type String.")]
    [InlineData("type Query { a: Int } interface I { f: [Int] } type T implements I { f: Int }", "Interface field I.f expects type [Int] but T.f is type Int.")]
    [InlineData("type Query { a: Int } interface I { f(x: Int): Int } type T implements I { f: Int }", "Interface field argument I.f(x:) expected but T.f does not provide it.")]
    [InlineData("type Query { a: Int } interface I { f(x: Int): Int } type T implements I { f(x: Int!): Int }", "Interface field argument I.f(x:) expects type Int but T.f(x:) is type Int!.")]
    [InlineData("type Query { a: Int } interface I { f: Int } type T implements I { f(y: Int!): Int }", "Object field T.f includes required argument y that is missing from the Interface field I.f.")]
    [InlineData("type Query { a: Int } interface I implements I { f: Int }", "Type I cannot implement itself because it would create a circular reference.")]
    [InlineData("type Query { a: Int } interface A { f: Int } interface B implements A { f: Int } type T implements B { f: Int }", "Type T must implement A because it is implemented by B.")]
    [InlineData("type Query { a: Int } union U = Query | E enum E { A }", "Union type U can only include Object types, it cannot include E.")]
    [InlineData("type Query { a: Int } union U = Query | Query", "Union type U can only include type Query once.")]
    [InlineData("type Query { a: Int } interface I { f: Int } type T implements I & I { f: Int }", "Type T can only implement I once.")]
    [InlineData("type Query { a: Int } type T implements Query { a: Int }", "Type T must only implement Interface types, it cannot implement Query.")]
    [InlineData("type Query { a: Int } union U", "Union type U must define one or more member types.")]
    [InlineData("type Query { a: Int } enum E", "Enum type E must define one or more values.")]
    [InlineData("type Query { a: Int } input In", "Input Object type In must define one or more fields.")]
    [InlineData("type Query { a: Int } input A { b: B! } input B { a: A! }", "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".")]
    [InlineData("type Query { a: Int } input In @oneOf { a: Int! b: Int }", "OneOf input field In.a must be nullable.")]
    [InlineData("type Query { a: Int } input In @oneOf { a: Int = 1 b: Int }", "OneOf input field In.a cannot have a default value.")]
    [InlineData("type Query { a(x: Int = \"x\"): Int }", "Query.a(x:) has invalid default value: Int cannot represent non-integer value: \"x\"")]
    [InlineData("type Query { a: Int } input In { e: E = C } enum E { A }", "In.e has invalid default value: Value \"C\" does not exist in \"E\" enum.")]
    [InlineData("type Query { a(x: Int! @deprecated): Int }", "Required argument Query.a(x:) cannot be deprecated.")]
    [InlineData("type Query { a: Int } input In { x: Int! @deprecated }", "Required input field In.x cannot be deprecated.")]
    [InlineData("type Query { a: Int @unknown }", "Unknown directive \"@unknown\".")]
    [InlineData("type Query @deprecated { a: Int }", "Directive \"@deprecated\" may not be used on OBJECT.")]
    [InlineData("type Query { a: Int @deprecated @deprecated }", "The directive \"@deprecated\" can only be used once at this location.")]
    [InlineData("directive @d(a: Int!) on OBJECT type Query @d { a: Int }", "Directive \"@d\" argument \"a\" of type \"Int!\" is required, but it was not provided.")]
    [InlineData("directive @d(a: Int) on OBJECT type Query @d(b: 1) { a: Int }", "Unknown argument \"b\" on directive \"@d\".")]
    [InlineData("directive @d(a: Int) on OBJECT type Query @d(a: \"x\") { a: Int }", "Directive \"@d\" argument \"a\" has invalid value \"x\": Int cannot represent non-integer value: \"x\"")]
    [InlineData("directive @d on OBJECT directive @d on OBJECT type Query { a: Int }", "There can be only one directive named \"@d\".")]
    [InlineData("directive @d(x: Query) on OBJECT type Query { a: Int }", "The type of @d(x:) must be Input Type but got: Query.")]
    [InlineData("directive @d(x: Int! @deprecated) on OBJECT type Query { a: Int }", "Required argument @d(x:) cannot be deprecated.")]
    public void Invalid_schemas_report(string sdl, string message) => Assert.Contains(message, Errors(sdl));

    [Fact]
    public void All_problems_are_reported_at_once_with_locations()
    {
        var exception = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.Build("""
            type Query {
              a: Missing
              b(x: Int = "x"): Int
            }
            type Query { c: Int }
            union U = Query | Query
            """));

        Assert.Equal(
            [
                "There can be only one type named \"Query\". (1:6) (5:6)",
                "Unknown type \"Missing\". (2:6)",
                "Union type U can only include type Query once. (6:11) (6:19)",
                "Query.b(x:) has invalid default value: Int cannot represent non-integer value: \"x\" (3:14)",
            ],
            exception.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Interface_implementation_reports_both_field_types()
    {
        var error = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.Build("""
            type Query { a: Int }
            interface I { f: Int }
            type T implements I { f: String }
            """)).Errors.Single();

        Assert.Equal([(2, 18), (3, 26)], error.Locations.Select(l => (l.Line, l.Column)));
    }
}
