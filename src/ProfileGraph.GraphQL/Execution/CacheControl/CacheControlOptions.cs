using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution.CacheControl;

/// <summary>
/// HTTP cache hints: each operation's <see cref="CachePolicy"/>, computed once per cached plan from the schema's
/// <c>@cacheControl</c> hints and <see cref="Hints"/>, as Apollo Server's cache-control plugin computes it.
/// </summary>
public sealed class CacheControlOptions
{
    /// <summary>False computes no policy (and the HTTP layer sends no <c>Cache-Control</c>).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The max-age of a root field, or of a field of a composite type, that no hint gives one: 0, not cacheable.</summary>
    public int DefaultMaxAge { get; set; }

    /// <summary>
    /// Hints by schema coordinate (<c>"User"</c>, <c>"Query.telegramUsers"</c>) for elements whose SDL does not say
    /// all: what the SDL's <c>@cacheControl</c> gives takes precedence, argument by argument. A host fills it from
    /// what it knows at start-up (e.g. how long its own cache keeps each kind of value).
    /// </summary>
    public IDictionary<string, CacheHint> Hints { get; } = new Dictionary<string, CacheHint>(StringComparer.Ordinal);
}
