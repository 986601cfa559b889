namespace ProfileGraph.Server.Paging;

/// <summary>How large a page may be, and how large it is when the client gives neither <c>first</c> nor <c>last</c>.</summary>
public sealed record PagingLimits(int DefaultPageSize = 50, int MaxPageSize = 1000);
