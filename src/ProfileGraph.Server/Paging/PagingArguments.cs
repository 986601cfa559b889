namespace ProfileGraph.Server.Paging;

/// <summary>The arguments of a cursor connection field (Relay's <c>first</c>/<c>after</c>, <c>last</c>/<c>before</c>).</summary>
public sealed record PagingArguments(int? First = null, string? After = null, int? Last = null, string? Before = null);
