namespace ProfileGraph.GraphQL.Language;

/// <summary>Limits and switches for <see cref="Utf8GraphQLParser"/>.</summary>
public sealed record ParserOptions
{
    public static ParserOptions Default { get; } = new();

    /// <summary>The most tokens a document may have; parsing stops with an error beyond it.</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>The deepest nesting of selection sets, list and object values and list types.</summary>
    public int MaxDepth { get; init; } = 200;

    /// <summary>Leaves <see cref="SyntaxNode.Location"/> null; nodes take the same memory either way.</summary>
    public bool NoLocations { get; init; }
}
