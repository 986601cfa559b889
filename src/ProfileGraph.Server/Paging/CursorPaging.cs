using ProfileGraph.GraphQL.Execution;

namespace ProfileGraph.Server.Paging;

/// <summary>
/// Cuts a page out of an ordered list by the Relay cursor connection algorithm (ApplyCursorsToEdges, then
/// <c>first</c>, then <c>last</c>; https://relay.dev/graphql/connections.htm#sec-Pagination-algorithm).
/// </summary>
public static class CursorPaging
{
    public static Connection<T> Page<T>(IReadOnlyList<T> ordered, PagingArguments arguments, ICursorCodec<T> cursors, PagingLimits limits)
    {
        CheckCount("first", arguments.First, limits);
        CheckCount("last", arguments.Last, limits);

        var start = 0;
        var end = ordered.Count;
        if (arguments.After is { } after)
        {
            var (index, found) = Locate(ordered, cursors, "after", after);
            start = found ? index + 1 : index;
        }

        if (arguments.Before is { } before)
        {
            end = Math.Max(start, Locate(ordered, cursors, "before", before).Index);
        }

        if (arguments.First is { } first)
        {
            end = Math.Min(end, start + first);
        }

        if (arguments.Last is { } last)
        {
            start = Math.Max(start, end - last);
        }

        if (arguments is { First: null, Last: null })
        {
            end = Math.Min(end, start + limits.DefaultPageSize);
        }

        var edges = new Edge<T>[end - start];
        for (var i = 0; i < edges.Length; i++)
        {
            var item = ordered[start + i];
            edges[i] = new Edge<T>(cursors.Encode(item), item);
        }

        var pageInfo = new PageInfo(
            HasNextPage: end < ordered.Count,
            HasPreviousPage: start > 0,
            StartCursor: edges.Length > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Length > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, pageInfo, ordered.Count);
    }

    private static (int Index, bool Found) Locate<T>(IReadOnlyList<T> ordered, ICursorCodec<T> cursors, string argument, string cursor) =>
        cursors.TryLocate(ordered, cursor, out var index, out var found) ? (index, found) : throw new InvalidCursorException(argument, cursor);

    private static void CheckCount(string argument, int? count, PagingLimits limits)
    {
        if (count is < 0 || count > limits.MaxPageSize)
        {
            throw new GraphQLException(
                $"\"{argument}\" must be between 0 and {limits.MaxPageSize}, but was {count}.",
                ErrorCodes.BadUserInput,
                new Dictionary<string, object?> { ["argument"] = argument });
        }
    }
}
