using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Tests.Conformance;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.GraphQL.Validation;

namespace ProfileGraph.GraphQL.Tests.Validation;

/// <summary>
/// Introspection in documents: the meta-fields <c>__schema</c> and <c>__type</c> on the query root type,
/// <c>__typename</c> everywhere, and the introspection types by name; errors as graphql-js 16 gives them.
/// </summary>
public sealed class IntrospectionValidationTests
{
    private const string ProfileSdl = """
        type Query { user(id: ID): User me: User }
        type Mutation { rename(name: String!): User }
        type User { id: ID! name: String photos(first: Int = 10): [Photo!]! }
        type Photo { url: String! width: Int }
        """;

    private static readonly string[] Schemas =
    [
        ProfileSdl,
        ValidationTestSchema.Sdl,
        "type Query { a: Int }",
        "schema { query: Root subscription: Feed } type Root { a: Int } type Feed { b: Int } \"described\" scalar S @specifiedBy(url: \"https://example.com\")",
    ];

    private static readonly string[] Queries =
    [
        "{ __type(name: 1) { name } }",
        "{ user { __schema { types { name } } } }",
        "{ user(id: 1) { __schema { types { name } } } }",
        "{ user(id: 1) { __type(name: \"User\") { name } __typename } }",
        "{ __type { name } }",
        "{ __schema }",
        "{ __typename { x } }",
        "{ __schemas }",
        "{ __type(name: \"User\", foo: 1) { name } }",
        "{ __type(name: \"User\") { fields(includeDeprecated: true) { name args { name defaultValue } } } }",
        "{ __type(name: \"User\") { kind fields { type { unknown } } } }",
        "query ($k: __TypeKind, $t: __Type, $l: [__DirectiveLocation!]) { __typename }",
        "query ($v: Boolean) { __type(name: \"User\") { fields(includeDeprecated: $v) { name } } }",
        "query ($n: String) { __type(name: $n) { name } }",
        "fragment F on __Schema { description queryType { name } } fragment T on __Type { name ofType { name } } { __schema { ...F types { ...T } } }",
        "{ a: __type(name: \"A\") { name } a: __type(name: \"B\") { name } }",
        "{ t: __typename t: __typename me { t: __typename } }",
        "{ __schema { types { ... on __Type { x: name } ... on __Field { x: isDeprecated } } } }",
        "mutation { __typename rename(name: \"x\") { __typename } }",
        "mutation { __schema { description } }",
        "{ me { ... on User { __typename } } __type(name: \"Photo\") { possibleTypes { __typename } } }",
    ];

    [Fact]
    public void Full_introspection_query_of_graphql_js_is_valid_against_any_schema()
    {
        var query = Utf8GraphQLParser.Parse(GraphQLJsOracle.Introspection([]).Query);

        foreach (var sdl in Schemas)
        {
            Assert.Empty(DocumentValidator.Validate(SchemaBuilder.Build(sdl), query));
        }
    }

    [Fact]
    public void Meta_field_errors_are_graphql_js_errors()
    {
        foreach (var sdl in new[] { ProfileSdl, ValidationTestSchema.Sdl })
        {
            var schema = SchemaBuilder.Build(sdl);
            var expected = GraphQLJsOracle.Validate(sdl, Queries);
            for (var i = 0; i < Queries.Length; i++)
            {
                var actual = DocumentValidator.Validate(schema, Utf8GraphQLParser.Parse(Queries[i])).Select(e => e.ToString());
                Assert.True(
                    expected[i].Order(StringComparer.Ordinal).SequenceEqual(actual.Order(StringComparer.Ordinal)),
                    $"{Queries[i]}\n  graphql-js: {string.Join(" | ", expected[i])}\n  ours: {string.Join(" | ", actual)}");
            }
        }
    }

    [Theory]
    [InlineData("{ __type(name: 1) { name } }", "String cannot represent a non string value: 1 (1:16)")]
    [InlineData("{ user { __schema { types { name } } } }", "Cannot query field \"__schema\" on type \"User\". (1:10)")]
    [InlineData("{ __type { name } }", "Field \"__type\" argument \"name\" of type \"String!\" is required, but it was not provided. (1:3)")]
    [InlineData("{ __schema }", "Field \"__schema\" of type \"__Schema!\" must have a selection of subfields. Did you mean \"__schema { ... }\"? (1:3)")]
    [InlineData("{ __type(name: \"User\", foo: 1) { name } }", "Unknown argument \"foo\" on field \"Query.__type\". (1:24)")]
    [InlineData("query ($t: __Type) { __typename }", "Variable \"$t\" cannot be non-input type \"__Type\". (1:12)", "Variable \"$t\" is never used. (1:8)")]
    [InlineData("query ($k: __TypeKind, $l: __DirectiveLocation) { __type(name: \"User\") { kind } }", "Variable \"$k\" is never used. (1:8)", "Variable \"$l\" is never used. (1:24)")]
    public void Meta_fields_and_introspection_types_are_known_where_graphql_js_knows_them(string query, params string[] expected) =>
        Assert.Equal(expected, Validate(query));

    [Fact]
    public void IncludeDeprecated_is_non_null_as_the_spec_has_it()
    {
        // graphql-js 16 declares `includeDeprecated: Boolean = false` and accepts null; the September 2025 spec has `Boolean! = false`.
        Assert.Equal(
            ["Expected value of type \"Boolean!\", found null. (1:52)"],
            Validate("{ __type(name: \"User\") { fields(includeDeprecated: null) { name } } }"));
    }

    [Fact]
    public void Typename_against_another_field_on_exclusive_parents_is_not_a_conflict_as_in_graphql_js()
    {
        // graphql-js's OverlappingFieldsCanBeMergedRule looks up fields on the type alone, so it never sees the
        // meta-field's String! type; following it, this is valid.
        Assert.Empty(ValidationTestSchema.Validate("{ catOrDog { ... on Dog { x: __typename } ... on Cat { x: meows } } }"));
    }

    private static string[] Validate(string query) =>
        [.. DocumentValidator.Validate(SchemaBuilder.Build(ProfileSdl), Utf8GraphQLParser.Parse(query)).Select(e => e.ToString())];
}
