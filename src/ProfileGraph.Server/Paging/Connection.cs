namespace ProfileGraph.Server.Paging;

/// <summary>A page of a cursor connection (https://relay.dev/graphql/connections.htm).</summary>
public sealed class Connection<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, int totalCount)
{
    public IReadOnlyList<Edge<T>> Edges { get; } = edges;

    public IReadOnlyList<T> Nodes { get; } = [.. edges.Select(e => e.Node)];

    public PageInfo PageInfo { get; } = pageInfo;

    /// <summary>The number of items in the whole connection, on every page.</summary>
    public int TotalCount { get; } = totalCount;
}
