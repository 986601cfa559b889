using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.GraphQL.Validation;

namespace ProfileGraph.GraphQL.Tests.Validation;

/// <summary>The schema of graphql-js's validation harness (Resources/validation-schema.graphql) and helpers to validate against it.</summary>
internal static class ValidationTestSchema
{
    public static string Sdl { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Validation", "Resources", "validation-schema.graphql"));

    public static GraphQLSchema Schema { get; } = SchemaBuilder.Build(Sdl);

    /// <summary>The errors as "message (line:column)..." strings, the way the graphql-js oracle prints them.</summary>
    public static string[] Validate(string query, ValidationRule[] rules) =>
        [.. DocumentValidator.Validate(Schema, Utf8GraphQLParser.Parse(query), rules).Select(e => e.ToString())];

    public static string[] Validate(string query) =>
        [.. DocumentValidator.Validate(Schema, Utf8GraphQLParser.Parse(query)).Select(e => e.ToString())];
}
