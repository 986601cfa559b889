using System.Text.Json;
using ProfileGraph.Emulators;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Server.Tests.Integration;

namespace ProfileGraph.Server.Tests.Caching;

/// <summary>
/// The profile cache, over HTTP against the embedded emulators, read through their call counters: each test starts
/// its own service, so its cache starts cold.
/// </summary>
public sealed class ProfileCacheTests
{
    private const string SlackQuery = "query($id: ID!) { user(provider: SLACK, id: $id) { displayName email avatar(size: 64) { url } } }";

    [Fact]
    public async Task Repeated_queries_within_freshness_cost_no_provider_call_whatever_their_shape()
    {
        await using var server = await StartAsync();
        var slack = server.Dataset.SlackUsers[0];
        var first = await server.QueryAsync(SlackQuery, new { id = slack.Id });
        var again = await server.QueryAsync(SlackQuery, new { id = slack.Id });
        var globalId = (await server.QueryAsync("query($id: ID!) { users(refs: [{provider: SLACK, id: $id}]) { id displayName } }", new { id = slack.Id }))
            .GetProperty("data").GetProperty("users")[0].GetProperty("id").GetString();
        var byNode = await server.QueryAsync("query($id: ID!) { node(id: $id) { ... on User { displayName } } }", new { id = globalId });
        var byEntity = await server.QueryAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on User { displayName } } }",
            new { r = new[] { new { __typename = "User", provider = "SLACK", providerId = slack.Id } } });

        Assert.Equal(1, server.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet).Requests);
        Assert.Equal(first.GetRawText(), again.GetRawText());
        Assert.Equal(slack.Profile.DisplayName, first.GetProperty("data").GetProperty("user").GetProperty("displayName").GetString());
        Assert.Equal(slack.Profile.DisplayName, byNode.GetProperty("data").GetProperty("node").GetProperty("displayName").GetString());
        Assert.Equal(slack.Profile.DisplayName, byEntity.GetProperty("data").GetProperty("_entities")[0].GetProperty("displayName").GetString());
        Assert.False(again.TryGetProperty("extensions", out _));
    }

    [Fact]
    public async Task An_expired_answer_costs_one_call()
    {
        await using var server = await StartAsync(new() { ["Cache:Providers:Slack:Duration"] = "00:00:01", ["Cache:EagerRefreshThreshold"] = "0" });
        var id = server.Dataset.SlackUsers[1].Id;
        await server.QueryAsync(SlackQuery, new { id });
        await Task.Delay(TimeSpan.FromSeconds(1.3));
        var result = await server.QueryAsync(SlackQuery, new { id });
        await server.QueryAsync(SlackQuery, new { id });

        Assert.Equal(2, server.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet).Requests);
        Assert.False(result.TryGetProperty("extensions", out _));
    }

    [Fact]
    public async Task A_hundred_concurrent_requests_for_one_cold_user_cost_one_call()
    {
        await using var server = await StartAsync();
        var id = server.Dataset.NandboxUsers[0].Id;
        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ =>
            server.QueryAsync("query($id: ID!) { user(provider: NANDBOX, id: $id) { displayName } }", new { id })));

        Assert.Equal(1, server.Counter(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxGetUser).Requests);
        Assert.All(results, result => Assert.Equal(
            server.Dataset.NandboxUsers[0].Name, result.GetProperty("data").GetProperty("user").GetProperty("displayName").GetString()));
    }

    [Fact]
    public async Task A_failing_provider_serves_every_user_seen_before_marked_stale_with_its_age()
    {
        await using var server = await StartAsync(new()
        {
            ["Cache:Providers:Slack:Duration"] = "00:00:01",
            ["Cache:Providers:Nandbox:Duration"] = "00:00:01",
            ["Cache:EagerRefreshThreshold"] = "0",
        });
        var slack = server.Dataset.SlackUsers[2];
        var nandbox = server.Dataset.NandboxUsers[2];
        const string query = "query($refs: [UserRef!]!) { users(refs: $refs) { providerId displayName } }";
        await server.QueryAsync(query, new { refs = new[] { new { provider = "SLACK", id = slack.Id }, new { provider = "NANDBOX", id = nandbox.Id } } });
        server.Fault(EmulatedProvider.Slack, Failing());
        server.Fault(EmulatedProvider.Nandbox, Failing());
        await Task.Delay(TimeSpan.FromSeconds(2.1));

        var neverSeen = server.Dataset.SlackUsers[3];
        var result = await server.QueryAsync(query, new
        {
            refs = new[] { new { provider = "SLACK", id = slack.Id }, new { provider = "NANDBOX", id = nandbox.Id }, new { provider = "SLACK", id = neverSeen.Id } },
        });

        var users = result.GetProperty("data").GetProperty("users");
        Assert.Equal(slack.Profile.DisplayName, users[0].GetProperty("displayName").GetString());
        Assert.Equal(nandbox.Name, users[1].GetProperty("displayName").GetString());
        Assert.Equal(JsonValueKind.Null, users[2].GetProperty("displayName").ValueKind);
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("PROVIDER_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("[\"users\",2,\"displayName\"]", error.GetProperty("path").GetRawText());

        var stale = result.GetProperty("extensions").GetProperty("stale");
        Assert.Equal(2, stale.GetArrayLength());
        Assert.Equal("[\"users\",0]", stale[0].GetProperty("path").GetRawText());
        Assert.Equal("SLACK", stale[0].GetProperty("provider").GetString());
        Assert.Equal("[\"users\",1]", stale[1].GetProperty("path").GetRawText());
        Assert.Equal("NANDBOX", stale[1].GetProperty("provider").GetString());
        Assert.All(stale.EnumerateArray(), mark => Assert.InRange(mark.GetProperty("ageSeconds").GetInt64(), 2, 60));
        Assert.Equal(1, server.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet).OutcomeCount("200"));
        Assert.True(server.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet).Requests > 2);
    }

    [Fact]
    public async Task A_user_the_provider_does_not_have_is_remembered_briefly()
    {
        await using var server = await StartAsync();
        const string query = "{ user(provider: SLACK, id: \"UNOSUCHUSER\") { displayName } }";
        var first = await server.QueryAsync(query);
        var second = await server.QueryAsync(query);

        Assert.Equal(1, server.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet).Requests);
        foreach (var result in new[] { first, second })
        {
            Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("user").ValueKind);
            Assert.Equal("USER_NOT_FOUND", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task Cache_control_no_cache_fetches_fresh_data_and_falls_back_to_the_stale_value_when_that_fails()
    {
        await using var server = await StartAsync();
        var id = server.Dataset.SlackUsers[4].Id;
        await server.QueryAsync(SlackQuery, new { id });
        var fresh = await server.QueryAsync(SlackQuery, new { id }, "no-cache");
        await server.QueryAsync(SlackQuery, new { id }, "max-age=3600");
        Assert.Equal(2, server.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet).Requests);
        Assert.False(fresh.TryGetProperty("extensions", out _));

        server.Fault(EmulatedProvider.Slack, Failing());
        var stale = await server.QueryAsync(SlackQuery, new { id }, "max-age=0");

        Assert.Equal(server.Dataset.SlackUsers[4].Profile.DisplayName, stale.GetProperty("data").GetProperty("user").GetProperty("displayName").GetString());
        Assert.False(stale.TryGetProperty("errors", out _));
        var mark = Assert.Single(stale.GetProperty("extensions").GetProperty("stale").EnumerateArray());
        Assert.Equal("[\"user\"]", mark.GetProperty("path").GetRawText());
        Assert.Equal("SLACK", mark.GetProperty("provider").GetString());
        Assert.True(server.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet).Requests > 2);
    }

    [Fact]
    public async Task A_hot_entry_is_refreshed_in_the_background_before_it_expires()
    {
        await using var server = await StartAsync(new() { ["Cache:Providers:Slack:Duration"] = "00:00:03", ["Cache:EagerRefreshThreshold"] = "0.5" });
        var id = server.Dataset.SlackUsers[5].Id;
        var calls = () => server.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet).Requests;
        var fetched = DateTimeOffset.UtcNow;
        await server.QueryAsync(SlackQuery, new { id });
        await Task.Delay(TimeSpan.FromSeconds(1.8));

        // Past half its freshness: the request is served from the cache, and the entry refreshed behind it.
        var warm = await server.QueryAsync(SlackQuery, new { id });
        await WaitUntilAsync(() => calls() == 2);

        // Past the first answer's expiry, with Slack down: a refreshed entry is still fresh, so nothing is stale.
        server.Fault(EmulatedProvider.Slack, Failing());
        await Task.Delay(fetched + TimeSpan.FromSeconds(3.5) - DateTimeOffset.UtcNow);
        var afterFirstExpiry = await server.QueryAsync(SlackQuery, new { id });

        Assert.Equal(2, server.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet).OutcomeCount("200"));
        Assert.False(warm.TryGetProperty("extensions", out _));
        Assert.False(afterFirstExpiry.TryGetProperty("extensions", out _));
        Assert.False(afterFirstExpiry.TryGetProperty("errors", out _));
        Assert.Equal(server.Dataset.SlackUsers[5].Profile.DisplayName, afterFirstExpiry.GetProperty("data").GetProperty("user").GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Configuration_switches_the_cache_off_per_provider()
    {
        await using var server = await StartAsync(new() { ["Cache:Providers:Nandbox:Enabled"] = "false" });
        const string query = "query($n: ID!, $s: ID!) { users(refs: [{provider: NANDBOX, id: $n}, {provider: SLACK, id: $s}]) { displayName } }";
        var variables = new { n = server.Dataset.NandboxUsers[3].Id, s = server.Dataset.SlackUsers[6].Id };
        await server.QueryAsync(query, variables);
        await server.QueryAsync(query, variables);
        var providers = await server.QueryAsync("{ providers { provider cache { enabled hitRatio hits misses staleServed } } }");

        Assert.Equal(2, server.Counter(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxGetUser).Requests);
        Assert.Equal(1, server.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet).Requests);
        var status = providers.GetProperty("data").GetProperty("providers").EnumerateArray().ToDictionary(p => p.GetProperty("provider").GetString()!, p => p.GetProperty("cache"));
        Assert.False(status["NANDBOX"].GetProperty("enabled").GetBoolean());
        Assert.Equal(0, status["NANDBOX"].GetProperty("hitRatio").GetDouble());
        Assert.True(status["SLACK"].GetProperty("enabled").GetBoolean());
        Assert.Equal(0.5, status["SLACK"].GetProperty("hitRatio").GetDouble());
        Assert.Equal(1, status["SLACK"].GetProperty("hits").GetInt32());
        Assert.Equal(1, status["SLACK"].GetProperty("misses").GetInt32());
        Assert.Equal(0, status["SLACK"].GetProperty("staleServed").GetInt32());
    }

    [Fact]
    public async Task The_cached_telegram_list_serves_single_users_and_the_connection()
    {
        await using var server = await StartAsync();
        var keys = server.Dataset.TelegramUsers.Take(6).Select(user => new { provider = "TELEGRAM", id = user.Key }).ToArray();
        await server.QueryAsync("query($refs: [UserRef!]!) { users(refs: $refs) { displayName } }", new { refs = keys });
        var one = await server.QueryAsync("query($id: ID!) { user(provider: TELEGRAM, id: $id) { displayName } }", new { id = keys[2].id });
        var page = await server.QueryAsync("{ telegramUsers(first: 3) { totalCount nodes { displayName } } }");

        Assert.Equal(1, server.Counter(EmulatedProvider.Telegram, EmulatedEndpoints.TelegramListUsers).Requests);
        Assert.Equal(0, server.Counter(EmulatedProvider.Telegram, EmulatedEndpoints.TelegramGetUser).Requests);
        Assert.NotNull(one.GetProperty("data").GetProperty("user").GetProperty("displayName").GetString());
        Assert.Equal(server.Dataset.TelegramUsers.Count, page.GetProperty("data").GetProperty("telegramUsers").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_page_of_whatsapp_contacts_is_paced_once_then_served_from_the_cache()
    {
        await using var server = await StartAsync();
        var refs = server.Dataset.WhatsAppContacts.Take(10).Select(contact => new { provider = "WHATSAPP", id = contact.ChatId }).ToArray();
        const string query = "query($refs: [UserRef!]!) { users(refs: $refs) { displayName whatsapp { category } } }";
        var first = await server.QueryAsync(query, new { refs });
        var second = await server.QueryAsync(query, new { refs });

        Assert.Equal(10, server.Counter(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetContactInfo).Requests);
        Assert.Equal(first.GetRawText(), second.GetRawText());
    }

    internal static async Task<ProfileGraphServer> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var server = ProfileGraphServer.WithCache(settings);
        await server.InitializeAsync();
        return server;
    }

    private static FaultProfile Failing() => new() { RateLimits = false, Errors = new ErrorRates { ServerError = 1 } };

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var waited = TimeSpan.Zero; !condition() && waited < TimeSpan.FromSeconds(10); waited += TimeSpan.FromMilliseconds(20))
        {
            await Task.Delay(20);
        }
    }
}
