using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.GraphQL.Validation;
using ProfileGraph.GraphQL.Validation.Rules;

namespace ProfileGraph.GraphQL.Tests.Validation;

/// <summary>
/// The validation rules that come with <c>@defer</c> and <c>@stream</c>, modelled on graphql-js 17's rule tests, and
/// the directives' absence from a schema that does not enable them.
/// </summary>
public sealed class IncrementalValidationTests
{
    private const string Sdl = """
        type Query { message: Message, messages: [Message], name: String }
        type Mutation { mutationField: Message, mutationList: [Message] }
        type Subscription { subscriptionField: Message, subscriptionList: [Message] }
        type Message { body: String, sender: String, tags: [String] }
        """;

    private static readonly GraphQLSchema Schema = new SchemaBuilder().AddDocument(Sdl).EnableIncrementalDelivery().AddIsTypeOf("Message", _ => true).Build();

    [Theory]
    [InlineData("{ message { ... @defer { body } } }")]
    [InlineData("mutation { mutationField { ... @defer { body } } }")]
    [InlineData("mutation { ... @defer { mutationField { body } } }", "Defer directive cannot be used on root mutation type \"Mutation\". (1:16)")]
    [InlineData("mutation { mutationList @stream { body } }", "Stream directive cannot be used on root mutation type \"Mutation\". (1:25)")]
    [InlineData("subscription { ... @defer { subscriptionField { body } } }", "Defer directive cannot be used on root subscription type \"Subscription\". (1:20)")]
    [InlineData("subscription { subscriptionList @stream { body } }", "Stream directive cannot be used on root subscription type \"Subscription\". (1:33)")]
    public void Defer_and_stream_are_not_used_on_mutation_or_subscription_roots(string query, params string[] expected) =>
        Assert.Equal(expected, Errors<DeferStreamDirectiveOnRootFieldRule>(query));

    [Theory]
    [InlineData("subscription { subscriptionField { ... @defer(if: false) { body } } }")]
    [InlineData("subscription ($defer: Boolean!) { subscriptionField { ...Frag @defer(if: $defer) } } fragment Frag on Message { body }")]
    [InlineData("subscription { subscriptionField { ... @defer { body } } }", "Defer directive not supported on subscription operations. Disable `@defer` by setting the `if` argument to `false`. (1:40)")]
    [InlineData("subscription { subscriptionField { ...Frag } } fragment Frag on Message { tags @stream }", "Stream directive not supported on subscription operations. Disable `@stream` by setting the `if` argument to `false`. (1:80)")]
    [InlineData("{ message { ... @defer { body } } }")]
    public void Subscriptions_neither_defer_nor_stream(string query, params string[] expected) =>
        Assert.Equal(expected, Errors<DeferStreamDirectiveOnValidOperationsRule>(query));

    [Theory]
    [InlineData("{ message { ... @defer(label: \"a\") { body } tags @stream(label: \"b\") } }")]
    [InlineData("{ message { ... @defer(label: \"a\") { body } ... @defer(label: \"a\") { sender } } }", "Value for arguments \"defer(label:)\" and \"stream(label:)\" must be unique across all Defer/Stream directive usages. (1:17) (1:49)")]
    [InlineData("{ message { ... @defer(label: \"a\") { body } tags @stream(label: \"a\") } }", "Value for arguments \"defer(label:)\" and \"stream(label:)\" must be unique across all Defer/Stream directive usages. (1:17) (1:50)")]
    [InlineData("query ($label: String) { message { ... @defer(label: $label) { body } } }", "Defer directive label argument must be a static string. (1:40)")]
    public void Labels_are_static_and_unique(string query, params string[] expected) =>
        Assert.Equal(expected, Errors<DeferStreamDirectiveLabelRule>(query));

    [Theory]
    [InlineData("{ messages @stream { body } message { tags @stream } }")]
    [InlineData("{ message @stream { body } }", "Stream directive cannot be used on non-list field \"Query.message\". (1:11)")]
    [InlineData("{ name @stream }", "Stream directive cannot be used on non-list field \"Query.name\". (1:8)")]
    public void Only_lists_stream(string query, params string[] expected) =>
        Assert.Equal(expected, Errors<StreamDirectiveOnListFieldRule>(query));

    [Fact]
    public void A_schema_that_does_not_enable_them_knows_neither_directive()
    {
        var schema = new SchemaBuilder().AddDocument(Sdl).AddIsTypeOf("Message", _ => true).Build();

        Assert.Null(schema.GetDirective("defer"));
        Assert.Equal(
            ["Unknown directive \"@defer\". (1:17)", "Unknown directive \"@stream\". (1:38)"],
            DocumentValidator.Validate(schema, Utf8GraphQLParser.Parse("{ message { ... @defer { body } tags @stream } }")).Select(error => error.ToString()));
        Assert.NotNull(Schema.GetDirective("defer"));
        Assert.NotNull(Schema.GetDirective("stream"));
        Assert.Empty(DocumentValidator.Validate(Schema, Utf8GraphQLParser.Parse("{ message { ... @defer { body } tags @stream(initialCount: 1) } }")));
    }

    private static string[] Errors<TRule>(string query)
        where TRule : ValidationRule, new() =>
        [.. DocumentValidator.Validate(Schema, Utf8GraphQLParser.Parse(query), [new TRule()]).Select(error => error.ToString())];
}
