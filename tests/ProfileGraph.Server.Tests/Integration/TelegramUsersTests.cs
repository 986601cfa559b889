using System.Text.Json;

namespace ProfileGraph.Server.Tests.Integration;

/// <summary>The <c>telegramUsers</c> connection: paging both ways, filtering, sorting, and cursors it did not make.</summary>
public sealed class TelegramUsersTests(ProfileGraphServer server) : IClassFixture<ProfileGraphServer>
{
    private const string Page = """
        query($first: Int, $after: String, $last: Int, $before: String) {
          telegramUsers(first: $first, after: $after, last: $last, before: $before,
                        where: { firstName: { startsWith: "a" }, or: [{ username: { contains: "_" } }, { lastName: { eq: "Smith" } }] },
                        order: [{ lastName: DESC }, { firstName: ASC }]) {
            totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { providerId } }
          }
        }
        """;

    [Fact]
    public async Task Pages_forward_and_backward_through_the_filtered_sorted_users()
    {
        var expected = server.Dataset.TelegramUsers
            .Where(u => u.FirstName.StartsWith('a') || u.FirstName.StartsWith('A'))
            .Where(u => (u.Username ?? "").Contains('_', StringComparison.Ordinal) || u.LastName == "Smith")
            .OrderBy(u => u.LastName is null)
            .ThenByDescending(u => u.LastName, StringComparer.OrdinalIgnoreCase).ThenByDescending(u => u.LastName, StringComparer.Ordinal)
            .ThenBy(u => u.FirstName, StringComparer.OrdinalIgnoreCase).ThenBy(u => u.FirstName, StringComparer.Ordinal)
            .ThenBy(u => u.Key, StringComparer.OrdinalIgnoreCase).ThenBy(u => u.Key, StringComparer.Ordinal)
            .Select(u => u.Key)
            .ToList();
        Assert.True(expected.Count > 40, "the filter should leave enough users for several pages");

        var forward = new List<string>();
        string? after = null;
        JsonElement connection;
        do
        {
            connection = (await server.QueryAsync(Page, new { first = 17, after })).GetProperty("data").GetProperty("telegramUsers");
            Assert.Equal(expected.Count, connection.GetProperty("totalCount").GetInt32());
            forward.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("providerId").GetString()!));
            after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        while (connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        Assert.Equal(expected, forward);

        var last = (await server.QueryAsync(Page, new { last = 5, before = after })).GetProperty("data").GetProperty("telegramUsers");
        Assert.Equal(expected.Skip(expected.Count - 6).Take(5), last.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("providerId").GetString()));
        Assert.True(last.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Theory]
    [InlineData("{ telegramUsers(first: 2, after: \"garbage\") { totalCount } }", "BAD_USER_INPUT")]
    [InlineData("{ telegramUsers(first: 5000) { totalCount } }", "BAD_USER_INPUT")]
    [InlineData("{ telegramUsers(first: 2, order: [{ lastName: ASC, firstName: ASC }]) { totalCount } }", "BAD_USER_INPUT")]
    public async Task Invalid_paging_arguments_are_clear_user_errors(string query, string code)
    {
        var result = await server.QueryAsync(query);
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("[\"telegramUsers\"]", error.GetProperty("path").GetRawText());
    }
}
