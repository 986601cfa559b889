namespace ProfileGraph.Server.Paging;

/// <summary>One key of a sort order: a text value of the item and its direction. Missing values sort last.</summary>
public sealed record SortKey<T>(string Name, Func<T, string?> ValueOf, bool Descending = false);
