using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ProfileGraph.Emulators;

namespace ProfileGraph.Server.Tests.Integration;

/// <summary>
/// Demand control under the service's default limits: each hostile request of the issue that asked for it is refused
/// with its code before any provider is called, while the README's queries and the benchmark's 100-user query pass.
/// </summary>
public sealed partial class DemandControlTests(ProfileGraphServer server) : IClassFixture<ProfileGraphServer>
{
    private static string Documents => Path.Combine(AppContext.BaseDirectory, "Documents");

    [Fact]
    public async Task Twenty_thousand_nandbox_refs_are_refused_without_a_call()
    {
        var refs = Enumerable.Range(0, 20_000).Select(i => new { provider = "NANDBOX", id = $"9{i:D16}" }).ToArray();

        var (status, error) = await RefusedAsync("query($refs: [UserRef!]!) { users(refs: $refs) { displayName } }", new { refs });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("LIST_SIZE_LIMIT_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("Query.users(refs:)", error.GetProperty("extensions").GetProperty("argument").GetString());
        Assert.Equal(20_000, error.GetProperty("extensions").GetProperty("size").GetInt32());
    }

    [Fact]
    public async Task A_thousand_aliases_of_one_user_field_are_refused_without_a_call()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"u{i}: user(provider: NANDBOX, id: \"{server.Dataset.NandboxUsers[i % 50].Id}\") {{ displayName }}"));

        var (_, error) = await RefusedAsync($"{{ {aliases} }}");

        Assert.Equal("FIELD_LIMIT_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_hundred_aliases_cost_more_than_the_limit_allows()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 100).Select(i => $"u{i}: user(provider: NANDBOX, id: \"{server.Dataset.NandboxUsers[i % 50].Id}\") {{ displayName avatar {{ url }} }}"));

        var (_, error) = await RefusedAsync($"{{ {aliases} }}");

        Assert.Equal("COST_LIMIT_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(100 * (10 + 1), error.GetProperty("extensions").GetProperty("fieldCost").GetDouble());
        Assert.Equal(1000, error.GetProperty("extensions").GetProperty("maxFieldCost").GetDouble());
    }

    [Fact]
    public async Task Five_thousand_node_ids_are_refused_without_a_call()
    {
        var ids = Enumerable.Range(0, 5000).Select(i => $"VXNlcjpTTEFDSzpV{i}").ToArray();

        var (_, error) = await RefusedAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.Equal("LIST_SIZE_LIMIT_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Three_thousand_whatsapp_contacts_are_refused_without_a_call()
    {
        var refs = Enumerable.Range(0, 3000).Select(i => new { provider = "WHATSAPP", id = $"7{i:D9}@c.us" }).ToArray();

        var (_, error) = await RefusedAsync("query($refs: [UserRef!]!) { users(refs: $refs) { displayName whatsapp { name } } }", new { refs });

        Assert.Equal("LIST_SIZE_LIMIT_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Every_first_query_of_the_readme_passes_the_default_limits()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(Documents, "README.md"));
        var block = FirstQueries().Match(readme).Groups["queries"].Value;
        var queries = block.Split('\n').Where(line => !line.StartsWith('#')).Aggregate(new List<string> { "" }, (all, line) =>
        {
            if (line.Length == 0)
            {
                all.Add("");
            }
            else
            {
                all[^1] += line + "\n";
            }

            return all;
        }).Where(query => query.Length > 0).ToList();
        var id = (await server.QueryAsync("{ telegramUsers(first: 1) { nodes { id } } }")).GetProperty("data").GetProperty("telegramUsers").GetProperty("nodes")[0].GetProperty("id").GetString()!;

        Assert.Equal(7, queries.Count);
        foreach (var query in queries)
        {
            var result = await server.QueryAsync(query.Replace("<id>", id, StringComparison.Ordinal));
            Assert.True(result.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object, $"{query}\n{result}");
            Assert.False(result.TryGetProperty("errors", out _), $"{query}\n{result}");
        }
    }

    [Fact]
    public async Task The_benchmarks_hundred_user_query_passes_and_reports_its_cost()
    {
        var document = await File.ReadAllTextAsync(Path.Combine(Documents, "graph-users.graphql"));
        var data = server.Dataset;
        var refs = Enumerable.Range(0, 25).SelectMany(i => new[]
        {
            new { provider = "SLACK", id = data.SlackUsers[i].Id },
            new { provider = "TELEGRAM", id = data.TelegramUsers[i].Key },
            new { provider = "WHATSAPP", id = data.WhatsAppContacts[i].ChatId },
            new { provider = "NANDBOX", id = data.NandboxUsers[i].Id },
        }).ToArray();

        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query = document, variables = new { refs } }) };
        request.Headers.Add("GraphQL-Cost", "report");
        using var response = await client.SendAsync(request);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(100, result.GetProperty("data").GetProperty("users").GetArrayLength());
        var cost = result.GetProperty("extensions").GetProperty("cost");
        Assert.Equal(10 + 1 + (100 * 6), cost.GetProperty("fieldCost").GetDouble());
        Assert.Equal(1 + 100 + (100 * 6), cost.GetProperty("typeCost").GetDouble());
    }

    [Fact]
    public async Task The_schema_shows_what_fields_cost()
    {
        await using var open = new ProfileGraphServer(new Dictionary<string, string?> { ["GraphQL:EnableSchemaRequests"] = "true" });
        await open.InitializeAsync();
        using var client = open.CreateClient();

        var sdl = await client.GetStringAsync("graphql?sdl");

        Assert.Contains("photos: [Photo!]! @listSize(assumedSize: 8)", sdl, StringComparison.Ordinal);
        Assert.Contains("@listSize(assumedSize: 50, slicingArguments: [\"first\", \"last\"], sizedFields: [\"edges\", \"nodes\"], requireOneSlicingArgument: false)", sdl, StringComparison.Ordinal);
    }

    /// <summary>POSTs a request that must be refused: its status and its one error, with no provider called.</summary>
    private async Task<(HttpStatusCode Status, JsonElement Error)> RefusedAsync(string query, object? variables = null)
    {
        server.Emulators.State.Counters.Reset();
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.SendAsync(request);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.False(result.TryGetProperty("data", out _));
        Assert.Equal(0, server.TotalRequests() - server.Counter(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxPing).Requests);
        return (response.StatusCode, result.GetProperty("errors").EnumerateArray().Single().Clone());
    }

    [GeneratedRegex("## First query.*?```graphql\\n(?<queries>.*?)```", RegexOptions.Singleline)]
    private static partial Regex FirstQueries();
}
