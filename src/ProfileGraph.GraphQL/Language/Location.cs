namespace ProfileGraph.GraphQL.Language;

/// <summary>
/// Where a node or token stands in its source: UTF-8 byte offsets (<paramref name="Start"/> inclusive,
/// <paramref name="End"/> exclusive) and the 1-based line and column of its start. Columns count UTF-16
/// code units, as graphql-js does, so error locations agree with JavaScript tooling.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column);
