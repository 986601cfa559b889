using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Validation;

namespace ProfileGraph.GraphQL.Tests.Validation;

/// <summary>All §5 rules at once: the combined result, the error limit and the guard against quadratic work, as graphql-js 16.15 has them.</summary>
public sealed class DocumentValidatorTests
{
    // The variable rules report when the walk ends rather than when each operation does, so only the set of
    // errors is compared with graphql-js, not their order across rules.
    [Theory]
    [InlineData("query Q($id: ID, $command: DogCommand = SIT) {\n  human(id: $id) { name pets { name ... on Dog { barkVolume doesKnowCommand(dogCommand: $command) } } relatives { ...HumanFields } }\n  catOrDog { __typename ... on Cat { furColor } ...DogFields }\n}\nfragment HumanFields on Human { name(surname: true) }\nfragment DogFields on Dog { isHouseTrained(atOtherHomes: false) @include(if: true) mother { name } }")]
    [InlineData("query Q($unused: Int, $bad: Dog) {\n  dog { unknown name { x } doesKnowCommand(dogCommand: JUMP) ...Missing ...OnCat }\n  human(id: $undefined, id: 1) @skip(if: true) @skip(if: false) { pets }\n}\nfragment OnCat on Cat { meows }\nfragment Unused on Human { name }\nquery Q { dog { n: name n: nickname } }", "Variable \"$bad\" cannot be non-input type \"Dog\". (1:29)", "Cannot query field \"unknown\" on type \"Dog\". (2:9)", "Field \"name\" must not have a selection since type \"String\" has no subfields. (2:22)", "Value \"JUMP\" does not exist in \"DogCommand\" enum. (2:56)", "Unknown fragment \"Missing\". (2:65)", "Fragment \"OnCat\" cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\". (2:73)", "The directive \"@skip\" can only be used once at this location. (3:32) (3:48)", "There can be only one argument named \"id\". (3:9) (3:25)", "Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"? (3:67)", "Variable \"$undefined\" is not defined by operation \"Q\". (3:13) (1:1)", "Variable \"$unused\" is never used in operation \"Q\". (1:9)", "Variable \"$bad\" is never used in operation \"Q\". (1:23)", "There can be only one operation named \"Q\". (1:7) (7:7)", "Fields \"n\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (7:17) (7:25)", "Fragment \"Unused\" is never used. (6:1)")]
    [InlineData("{ complicatedArgs { complexArgField(complexArg: { requiredField: true, requiredField: false, intField: \"x\" }) multipleReqs(req1: 1) oneOfArgField(oneOfArg: {}) } }\ntype Extra { a: Int }", "The \"Extra\" definition is not executable. (2:1)", "There can be only one input field named \"requiredField\". (1:51) (1:72)", "Int cannot represent non-integer value: \"x\" (1:104)", "Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided. (1:111)", "OneOf Input Object \"OneOfInput\" must specify exactly one key. (1:157)")]
    [InlineData("subscription S($v: Boolean) { importantEmails @onQuery notImportantEmails(arg: $v) }", "Subscription \"S\" must select only one top level field. (1:56)", "Directive \"@onQuery\" may not be used on FIELD. (1:47)", "Unknown argument \"arg\" on field \"SubscriptionRoot.notImportantEmails\". (1:75)")]
    [InlineData("fragment A on Dog { ...B } fragment B on Dog { ...A } { dog { ...A } }", "Cannot spread fragment \"A\" within itself via \"B\". (1:21) (1:48)")]
    public void All_rules_find_what_graphql_js_finds(string query, params string[] expected) =>
        Assert.Equal(expected.Order(StringComparer.Ordinal), ValidationTestSchema.Validate(query).Order(StringComparer.Ordinal));

    [Fact]
    public void Valid_document_has_no_errors() =>
        Assert.Empty(ValidationTestSchema.Validate("query ($id: ID) { human(id: $id) { name pets { ... on Dog { barks } } } }"));

    [Fact]
    public void Documents_parsed_without_locations_give_errors_without_locations()
    {
        var document = Utf8GraphQLParser.Parse("{ dog { name } dog: cat { name } }", new ParserOptions { NoLocations = true });

        var error = Assert.Single(DocumentValidator.Validate(ValidationTestSchema.Schema, document));
        Assert.Empty(error.Locations);
    }

    [Fact]
    public void Stops_after_the_error_limit_with_a_last_error()
    {
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 150).Select(i => $"f{i}")) + " }";
        var errors = DocumentValidator.Validate(ValidationTestSchema.Schema, Utf8GraphQLParser.Parse(query));

        Assert.Equal(101, errors.Count);
        Assert.Equal("Cannot query field \"f0\" on type \"QueryRoot\". (1:3)", errors[0].ToString());
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].ToString());
    }

    [Fact]
    public void Exactly_the_error_limit_does_not_abort()
    {
        var errors = DocumentValidator.Validate(ValidationTestSchema.Schema, Utf8GraphQLParser.Parse("{ a b }"), maxErrors: 2);

        Assert.Equal(["Cannot query field \"a\" on type \"QueryRoot\". (1:3)", "Cannot query field \"b\" on type \"QueryRoot\". (1:5)"], errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Wide_selection_of_distinct_response_names_is_valid() =>
        Assert.Empty(ValidationTestSchema.Validate("{ dog { " + string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"a{i}: name")) + " } }"));

    [Fact]
    public void Repeated_field_within_the_comparison_budget_is_valid() =>
        Assert.Empty(ValidationTestSchema.Validate("{ dog { " + string.Concat(Enumerable.Repeat("name ", 600)) + "} }"));

    [Fact]
    public void Repeated_field_beyond_the_comparison_budget_aborts() =>
        Assert.Equal(["Validation aborted."], ValidationTestSchema.Validate("{ dog { " + string.Concat(Enumerable.Repeat("name ", 800)) + "} }"));
}
