using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>The directives every schema has (spec §3.13), worded and ordered as graphql-js 16 defines them.</summary>
public static class BuiltInDirectives
{
    public const string DefaultDeprecationReason = "No longer supported";

    public static DirectiveDefinition Include { get; } = new(
        "include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        [new ArgumentDefinition("if", "Included when true.", new NonNullType(Scalars.Boolean))],
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        isRepeatable: false);

    public static DirectiveDefinition Skip { get; } = new(
        "skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        [new ArgumentDefinition("if", "Skipped when true.", new NonNullType(Scalars.Boolean))],
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        isRepeatable: false);

    public static DirectiveDefinition Deprecated { get; } = new(
        "deprecated",
        "Marks an element of a GraphQL schema as no longer supported.",
        [
            new ArgumentDefinition(
                "reason",
                "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                Scalars.String,
                new StringValueNode(null, DefaultDeprecationReason, Block: false)),
        ],
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
        isRepeatable: false);

    public static DirectiveDefinition SpecifiedBy { get; } = new(
        "specifiedBy",
        "Exposes a URL that specifies the behavior of this scalar.",
        [new ArgumentDefinition("url", "The URL that specifies the behavior of this scalar.", new NonNullType(Scalars.String))],
        [DirectiveLocation.Scalar],
        isRepeatable: false);

    public static DirectiveDefinition OneOf { get; } = new(
        "oneOf",
        "Indicates exactly one field must be supplied and this field must not be `null`.",
        [],
        [DirectiveLocation.InputObject],
        isRepeatable: false);

    /// <summary>
    /// <c>@defer</c> of the incremental delivery RFC, worded as graphql-js 17 defines it: a schema has it when it
    /// enables incremental delivery (<see cref="SchemaBuilder.EnableIncrementalDelivery"/>).
    /// </summary>
    public static DirectiveDefinition Defer { get; } = new(
        "defer",
        "Directs the executor to defer this fragment when the `if` argument is true or undefined.",
        [
            new ArgumentDefinition("if", "Deferred when true or undefined.", new NonNullType(Scalars.Boolean), new BooleanValueNode(null, true)),
            new ArgumentDefinition("label", "Unique name", Scalars.String),
        ],
        [DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        isRepeatable: false);

    /// <summary><c>@stream</c> of the incremental delivery RFC, worded as graphql-js 17 defines it.</summary>
    public static DirectiveDefinition Stream { get; } = new(
        "stream",
        "Directs the executor to stream plural fields when the `if` argument is true or undefined.",
        [
            new ArgumentDefinition("if", "Stream when true or undefined.", new NonNullType(Scalars.Boolean), new BooleanValueNode(null, true)),
            new ArgumentDefinition("label", "Unique name", Scalars.String),
            new ArgumentDefinition("initialCount", "Number of items to return immediately", new NonNullType(Scalars.Int), new IntValueNode(null, "0")),
        ],
        [DirectiveLocation.Field],
        isRepeatable: false);

    /// <summary>The built-in directives in graphql-js's order; SDL printing leaves them out.</summary>
    public static NamedCollection<DirectiveDefinition> Specified { get; } = new([Include, Skip, Deprecated, SpecifiedBy, OneOf]);

    /// <summary>
    /// By name, as graphql-js decides: SDL may redefine a built-in directive, which still counts as built in.
    /// <c>@defer</c> and <c>@stream</c> count too: the engine defines them, so the SDL contract does not print them
    /// (introspection lists them where enabled).
    /// </summary>
    public static bool IsSpecified(DirectiveDefinition directive) => Specified.Contains(directive.Name) || directive.Name is "defer" or "stream";

    /// <summary>The reason of an applied <c>@deprecated</c>, or null when the element is not deprecated.</summary>
    internal static string? DeprecationReasonOf(IReadOnlyList<AppliedDirective> directives) =>
        directives.FirstOrDefault(d => d.Name == Deprecated.Name) is { } deprecated
            ? deprecated.GetArgument("reason") is StringValueNode reason ? reason.Value : DefaultDeprecationReason
            : null;
}
