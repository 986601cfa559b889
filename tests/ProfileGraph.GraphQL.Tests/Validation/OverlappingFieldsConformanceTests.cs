using ProfileGraph.GraphQL.Tests.Conformance;
using ProfileGraph.GraphQL.Validation.Rules;

namespace ProfileGraph.GraphQL.Tests.Validation;

/// <summary>
/// <see cref="OverlappingFieldsCanBeMergedRule"/> beside graphql-js on documents that reach its shortcuts and caches:
/// selection sets skipped because they cannot conflict, wide sets, response names repeated several times, spreads
/// inside inline fragments, and fragments compared at several depths.
/// </summary>
public sealed class OverlappingFieldsConformanceTests
{
    private static readonly string Wide = string.Join(' ', Enumerable.Range(0, 20).Select(i => $"a{i}: name"));

    private static readonly string[] Documents =
    [
        "{ dog { name nickname barkVolume } }",
        "{ dog { name ... on Dog { name: nickname } } }",
        "{ dog { ... on Dog { ... on Dog { x: name } } x: barks } }",
        "{ dog { ... { x: name } ... { x: name } } }",
        "{ dog { " + Wide + " } }",
        "{ dog { " + Wide + " a19: nickname } }",
        "{ dog { " + Wide + " a3: name a7: barks } }",
        "{ dog { x: name x: name x: nickname x: name } }",
        "{ dog { x: name x: nickname x: barks } }",
        "{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }",
        "{ dog { ...A x: name } } fragment A on Dog { x: nickname x: name }",
        "{ dog { ...A ...B ...A } } fragment A on Dog { x: name ...C } fragment B on Dog { x: barkVolume } fragment C on Dog { y: name x: name }",
        "{ catOrDog { ... on Dog { ...A } ... on Cat { x: meows } } } fragment A on Dog { x: name }",
        "{ catOrDog { ... on Pet { ...P } ... on Dog { x: barks } } } fragment P on Pet { x: name }",
        "{ dog { mother { ...M } mother { name: barks } } } fragment M on Dog { name }",
        "{ human { pets { ... on Dog { name } ...PetName } pets { name: __typename } } } fragment PetName on Pet { name }",
        "{ human { relatives { ...R } relatives { ...R name: pets { name } } } } fragment R on Human { name }",
        "query Q($s: Boolean) { dog { name(surname: $s) ...N } } fragment N on Dog { name(surname: true) }",
        "{ dog { isAtLocation(x: 1, y: 2) ... on Dog { isAtLocation(y: 2, x: 1) } ... { isAtLocation(x: 1, y: 3) } } }",
        "{ f1: dog { ...D } f1: dog { ...D ...E } } fragment D on Dog { n: name } fragment E on Dog { n: nickname }",
        "{ dog { ...A } dog { ...B } } fragment A on Dog { mother { ...C } } fragment B on Dog { mother { ...D } } fragment C on Dog { x: name } fragment D on Dog { x: barks }",
    ];

    [Fact]
    public void Finds_what_graphql_js_finds()
    {
        var expected = GraphQLJsOracle.Validate(ValidationTestSchema.Sdl, Documents, nameof(OverlappingFieldsCanBeMergedRule));

        for (var i = 0; i < Documents.Length; i++)
        {
            Assert.Equal(expected[i], ValidationTestSchema.Validate(Documents[i], [new OverlappingFieldsCanBeMergedRule()]));
        }
    }
}
