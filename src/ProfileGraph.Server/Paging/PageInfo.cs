namespace ProfileGraph.Server.Paging;

/// <summary>Where a page sits in its connection. Pages are cut from a list held whole, so both flags are exact.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
