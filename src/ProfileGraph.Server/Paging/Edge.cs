namespace ProfileGraph.Server.Paging;

/// <summary>One item of a page and the cursor that points at it.</summary>
public sealed record Edge<T>(string Cursor, T Node);
