using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ProfileGraph.Emulators;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Server.Tests.Clients;
using ProfileGraph.Server.Tests.Integration;

namespace ProfileGraph.Server.Tests.Web;

/// <summary>
/// <c>Cache-Control</c> from <c>@cacheControl</c> and the profile cache's freshness: the smallest max-age of a GET
/// query's fields, private for contact fields, <c>no-store</c> for POST, errors, uncacheable fields, stale values and
/// private answers to keyed clients.
/// </summary>
public sealed class CacheControlTests
{
    private const string Key = "pg_live_web_5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b";

    [Fact]
    public async Task A_get_query_is_reusable_for_the_shortest_freshness_of_its_fields()
    {
        // Telegram's list stays fresh 2 minutes, Slack's answers 1: a User may come from either, so it gets 60 s.
        await using var server = await StartAsync(new()
        {
            ["Cache:Providers:Telegram:Operations:users.list"] = "00:02:00",
            ["Cache:Providers:Slack:Duration"] = "00:01:00",
        });
        var whatsapp = server.Dataset.WhatsAppContacts[0].ChatId;

        Assert.Equal("public, max-age=120", (await GetAsync(server, "{ telegramUsers(first: 2) { totalCount pageInfo { hasNextPage } } }")).CacheControl);
        Assert.Equal("public, max-age=60", (await GetAsync(server, "{ telegramUsers(first: 2) { totalCount nodes { id displayName } } }")).CacheControl);
        Assert.Equal("public, max-age=60", (await GetAsync(server, $"{{ user(provider: WHATSAPP, id: \"{whatsapp}\") {{ whatsapp {{ category products(first: 1) {{ nodes {{ name }} }} }} }} }}")).CacheControl);
        Assert.Equal("no-store", (await GetAsync(server, "{ providers { provider circuit } }")).CacheControl);
        Assert.Equal("no-store", (await GetAsync(server, "{ __typename }")).CacheControl);
    }

    [Fact]
    public async Task The_readme_page_is_reusable_for_five_minutes_by_default_and_varies_by_what_shapes_it()
    {
        await using var server = await StartAsync([]);
        var answer = await GetAsync(server, "{ telegramUsers(first: 5, where: { firstName: { startsWith: \"a\" } }, order: [{ lastName: ASC }]) { totalCount edges { cursor node { id displayName username } } pageInfo { hasNextPage endCursor } } }");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("public, max-age=300", answer.CacheControl);
        Assert.Superset(new HashSet<string> { "Accept", "Origin" }, answer.Vary);
    }

    [Fact]
    public async Task Post_errors_and_a_provider_whose_cache_is_off_are_no_store()
    {
        await using var server = await StartAsync(new() { ["Cache:Providers:Nandbox:Enabled"] = "false" });
        const string page = "{ telegramUsers(first: 2) { nodes { id } } }";
        using var client = server.CreateClient();
        using var posted = await client.PostAsJsonAsync("graphql", new { query = page });

        Assert.Equal("no-store", RawCacheControl(posted));
        Assert.Equal("no-store", (await GetAsync(server, "{ user(provider: SLACK, id: \"UNOSUCHUSER\") { displayName } }")).CacheControl);
        Assert.Equal("no-store", (await GetAsync(server, "{ nothing }")).CacheControl);

        // nandbox answers are not cached, so a User (which may come from nandbox) is not reusable; the Telegram page's own count is.
        Assert.Equal("no-store", (await GetAsync(server, page)).CacheControl);
        Assert.Equal("public, max-age=300", (await GetAsync(server, "{ telegramUsers(first: 2) { totalCount } }")).CacheControl);
    }

    [Fact]
    public async Task Contact_fields_are_private_and_no_store_for_a_keyed_client_whose_public_answers_vary_by_key()
    {
        await using var server = await StartAsync(new() { ["Clients:web:KeySha256"] = ApiKeys.Sha256(Key) });
        var id = server.Dataset.SlackUsers[0].Id;
        var contact = $"{{ user(provider: SLACK, id: \"{id}\") {{ displayName email }} }}";
        var name = $"{{ user(provider: SLACK, id: \"{id}\") {{ displayName }} }}";

        Assert.Equal("private, max-age=300", (await GetAsync(server, contact)).CacheControl);
        Assert.Equal("no-store", (await GetAsync(server, contact, Key)).CacheControl);
        var keyed = await GetAsync(server, name, Key);
        Assert.Equal("public, max-age=300", keyed.CacheControl);
        Assert.Superset(new HashSet<string> { "Accept", "Origin", "X-Api-Key", "Authorization" }, keyed.Vary);
        Assert.DoesNotContain("X-Api-Key", (await GetAsync(server, name)).Vary);
    }

    [Fact]
    public async Task A_stale_value_served_makes_the_response_no_store()
    {
        await using var server = await StartAsync([]);
        var id = server.Dataset.SlackUsers[3].Id;
        var query = $"{{ user(provider: SLACK, id: \"{id}\") {{ displayName }} }}";
        Assert.Equal("public, max-age=300", (await GetAsync(server, query)).CacheControl);

        server.Fault(EmulatedProvider.Slack, new FaultProfile { RateLimits = false, Errors = new ErrorRates { ServerError = 1 } });
        var stale = await GetAsync(server, query, requestCacheControl: "max-age=0");

        Assert.Equal(JsonValueKind.Array, stale.Body.GetProperty("extensions").GetProperty("stale").ValueKind);
        Assert.False(stale.Body.TryGetProperty("errors", out _));
        Assert.Equal("no-store", stale.CacheControl);
    }

    private static async Task<ProfileGraphServer> StartAsync(Dictionary<string, string?> settings)
    {
        var server = ProfileGraphServer.WithCache(settings);
        await server.InitializeAsync();
        return server;
    }

    private static async Task<Answer> GetAsync(ProfileGraphServer server, string query, string? key = null, string? requestCacheControl = null)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "graphql?query=" + Uri.EscapeDataString(query));
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        if (requestCacheControl is not null)
        {
            request.Headers.TryAddWithoutValidation("Cache-Control", requestCacheControl);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new Answer(response.StatusCode, RawCacheControl(response), [.. response.Headers.Vary], body.Clone());
    }

    /// <summary>The header as the service wrote it (HttpClient's parsed value reorders directives).</summary>
    private static string? RawCacheControl(HttpResponseMessage response) =>
        response.Headers.NonValidated.TryGetValues("Cache-Control", out var values) ? values.ToString() : null;

    private sealed record Answer(HttpStatusCode Status, string? CacheControl, HashSet<string> Vary, JsonElement Body);
}
