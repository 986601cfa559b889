using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Server.Paging;

namespace ProfileGraph.Server.Tests.Paging;

public sealed class CursorPagingTests
{
    private sealed record Person(string Key, string? Name);

    private static readonly SortedCursorCodec<Person> ByName = new("people", [new SortKey<Person>("name", p => p.Name)], p => p.Key);

    private static readonly PagingLimits Limits = new(DefaultPageSize: 3, MaxPageSize: 5);

    private static IReadOnlyList<Person> People(params string?[] names) =>
        ByName.Sort(names.Select((name, i) => new Person("k" + i, name)));

    private static string Names(Connection<Person> page) => string.Join(",", page.Nodes.Select(p => p.Name ?? "-"));

    [Fact]
    public void Forward_pages_visit_every_item_once_with_exact_page_info()
    {
        var people = People("eve", "Bob", "ada", "Dan", "cy", null, "fay");
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = CursorPaging.Page(people, new PagingArguments(First: 3, After: after), ByName, Limits);
            pages++;
            seen.Add(Names(page));
            Assert.Equal(after is not null, page.PageInfo.HasPreviousPage);
            Assert.Equal(7, page.TotalCount);
            if (!page.PageInfo.HasNextPage)
            {
                break;
            }

            after = page.PageInfo.EndCursor;
        }

        // Case is ignored and missing values sort last.
        Assert.Equal(["ada,Bob,cy", "Dan,eve,fay", "-"], seen);
        Assert.Equal(3, pages);
    }

    [Fact]
    public void Backward_pages_end_at_before_and_take_the_last_items()
    {
        var people = People("a", "b", "c", "d", "e");
        var all = CursorPaging.Page(people, new PagingArguments(First: 5), ByName, Limits);
        var page = CursorPaging.Page(people, new PagingArguments(Last: 2, Before: all.Edges[3].Cursor), ByName, Limits);

        Assert.Equal("b,c", Names(page));
        Assert.True(page.PageInfo.HasPreviousPage);
        Assert.True(page.PageInfo.HasNextPage);
        Assert.Equal(all.Edges[1].Cursor, page.PageInfo.StartCursor);
    }

    [Fact]
    public void Without_first_or_last_a_page_has_the_default_size()
    {
        var page = CursorPaging.Page(People("a", "b", "c", "d"), new PagingArguments(), ByName, Limits);
        Assert.Equal("a,b,c", Names(page));
        Assert.True(page.PageInfo.HasNextPage);
    }

    [Fact]
    public void An_empty_connection_has_no_cursors()
    {
        var page = CursorPaging.Page(People(), new PagingArguments(First: 2), ByName, Limits);
        Assert.Empty(page.Edges);
        Assert.Equal(new PageInfo(false, false, null, null), page.PageInfo);
    }

    [Fact]
    public void A_cursor_keeps_its_place_when_items_change_between_pages()
    {
        var first = CursorPaging.Page(People("a", "c", "e", "g"), new PagingArguments(First: 2), ByName, Limits);

        // "c" (the end cursor) is gone and "d" arrived: the next page starts after where "c" was.
        var next = CursorPaging.Page(People("a", "b", "d", "e", "g"), new PagingArguments(First: 2, After: first.PageInfo.EndCursor), ByName, Limits);

        Assert.Equal("d,e", Names(next));
    }

    [Fact]
    public void A_descending_order_keeps_missing_values_last()
    {
        var descending = new SortedCursorCodec<Person>("people", [new SortKey<Person>("name", p => p.Name, Descending: true)], p => p.Key);
        var people = descending.Sort([new("1", "a"), new("2", null), new("3", "c"), new("4", "b")]);
        Assert.Equal("c,b,a,-", Names(CursorPaging.Page(people, new PagingArguments(First: 5), descending, Limits)));
    }

    [Theory]
    [InlineData("not base64 !")]
    [InlineData("WyJ4Il0")] // ["x"]: well-formed, but not this connection's
    public void A_cursor_this_connection_did_not_make_is_a_clear_user_error(string cursor)
    {
        var error = Assert.Throws<InvalidCursorException>(() => CursorPaging.Page(People("a"), new PagingArguments(First: 1, After: cursor), ByName, Limits));
        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.Equal("after", error.Extensions!["argument"]);
        Assert.Contains(cursor, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cursor_made_under_another_order_is_refused()
    {
        var byNameDescending = new SortedCursorCodec<Person>("people", [new SortKey<Person>("name", p => p.Name, Descending: true)], p => p.Key);
        var people = People("a", "b");
        var cursor = CursorPaging.Page(people, new PagingArguments(First: 1), ByName, Limits).PageInfo.EndCursor!;

        Assert.Throws<InvalidCursorException>(() => CursorPaging.Page(byNameDescending.Sort(people), new PagingArguments(First: 1, Before: cursor), byNameDescending, Limits));
    }

    [Theory]
    [InlineData(-1, null)]
    [InlineData(6, null)]
    [InlineData(null, -1)]
    public void Counts_outside_the_limits_are_user_errors(int? first, int? last)
    {
        var error = Assert.Throws<GraphQLException>(() => CursorPaging.Page(People("a"), new PagingArguments(First: first, Last: last), ByName, Limits));
        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.StartsWith(first is null ? "\"last\" must be between 0 and 5" : "\"first\" must be between 0 and 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_cursors_point_at_their_item_in_natural_order_and_refuse_a_vanished_one()
    {
        var codec = new KeyCursorCodec<Person>("catalogue", p => p.Key);
        IReadOnlyList<Person> items = [new("p3", "z"), new("p1", "y"), new("p2", "x")];
        var first = CursorPaging.Page(items, new PagingArguments(First: 1), codec, Limits);
        Assert.Equal("y,x", Names(CursorPaging.Page(items, new PagingArguments(First: 2, After: first.PageInfo.EndCursor), codec, Limits)));

        Assert.Throws<InvalidCursorException>(() => CursorPaging.Page(items.Skip(1).ToList(), new PagingArguments(After: first.PageInfo.EndCursor), codec, Limits));
    }
}
