using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ProfileGraph.Emulators;
using ProfileGraph.Emulators.Hosting;
using ProfileGraph.Server.Tests.Caching;
using ProfileGraph.Server.Tests.Integration;
using ProfileGraph.Testing;

namespace ProfileGraph.Server.Tests.Scaling;

/// <summary>
/// Two replicas of the service on one real redis-server and one emulator host of their own (<c>Emulators:Url</c>), as
/// a cluster shares the real providers: the cache, the provider limits and the provider's own counters are one.
/// </summary>
public sealed class ReplicaTests
{
    [Fact]
    public async Task Emulators_url_points_every_provider_at_the_standalone_host_and_starts_none_of_its_own()
    {
        await using var emulators = await EmulatorHost.StartAsync();
        await using var replica = await StartReplicaAsync(emulators, redis: null);
        var data = emulators.State.Dataset;

        var answer = await replica.QueryAsync(
            "query($refs: [UserRef!]!) { users(refs: $refs) { displayName } }",
            new { refs = new object[] { new { provider = "SLACK", id = data.SlackUsers[0].Id }, new { provider = "NANDBOX", id = data.NandboxUsers[0].Id } } });

        Assert.False(answer.TryGetProperty("errors", out _), answer.GetRawText());
        Assert.All(answer.GetProperty("data").GetProperty("users").EnumerateArray(), user => Assert.False(string.IsNullOrEmpty(user.GetProperty("displayName").GetString())));
        Assert.Equal(1, emulators.State.Counters.Get(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet).Requests);
        Assert.Equal(1, emulators.State.Counters.Get(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxGetUser).Requests);
        Assert.Null(replica.Services.GetService<EmulatorHost>());
    }

    [Fact]
    public async Task A_user_fetched_through_one_replica_costs_no_provider_call_through_the_other()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulators = await EmulatorHost.StartAsync();
        await using var a = await StartReplicaAsync(emulators, redis);
        await using var b = await StartReplicaAsync(emulators, redis);
        const string Query = "query($id: ID!) { user(provider: SLACK, id: $id) { displayName email } }";
        var id = emulators.State.Dataset.SlackUsers[3].Id;

        var first = await a.QueryAsync(Query, new { id });
        await RedisCacheTests.WaitForEntryAsync(redis, id);
        var second = await b.QueryAsync(Query, new { id });

        Assert.Equal(first.GetRawText(), second.GetRawText());
        Assert.Equal(1, emulators.State.Counters.Get(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet).Requests);
    }

    [Fact]
    public async Task Contacts_asked_through_both_replicas_at_once_reach_green_api_one_a_second_without_a_refusal()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulators = await EmulatorHost.StartAsync();   // its GREEN-API limit (1 getContactInfo a second) is on
        var limit = new Dictionary<string, string?> { ["Providers:WhatsApp:Resilience:RateLimits:getContactInfo:Permits"] = "1" };
        await using var a = await StartReplicaAsync(emulators, redis, limit);
        await using var b = await StartReplicaAsync(emulators, redis, limit);
        var contacts = emulators.State.Dataset.WhatsAppContacts.Take(6).Select(contact => new { provider = "WHATSAPP", id = contact.ChatId }).ToArray();
        const string Query = "query($refs: [UserRef!]!) { users(refs: $refs) { displayName } }";

        var clock = Stopwatch.StartNew();
        var answers = await Task.WhenAll(a.QueryAsync(Query, new { refs = contacts[..3] }), b.QueryAsync(Query, new { refs = contacts[3..] }));
        var elapsed = clock.Elapsed;

        Assert.All(answers, answer => Assert.False(answer.TryGetProperty("errors", out _), answer.GetRawText()));
        var calls = emulators.State.Counters.Get(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetContactInfo);
        Assert.Equal(6, calls.Requests);
        Assert.Equal(0, calls.OutcomeCount("429"));

        // Six calls one window (1 s and the 100 ms margin) apart: the last leaves five windows after the first.
        Assert.True(elapsed >= TimeSpan.FromSeconds(5), $"six contacts took {elapsed}");
    }

    [Fact]
    public async Task Replicas_share_the_bots_one_nandbox_socket_and_the_next_takes_it_over_when_its_holder_stops()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulators = await EmulatorHost.StartAsync();
        var a = await StartReplicaAsync(emulators, redis);
        await using var b = await StartReplicaAsync(emulators, redis);
        var users = emulators.State.Dataset.NandboxUsers;
        const string Query = "query($id: ID!) { user(provider: NANDBOX, id: $id) { displayName } }";

        var throughA = await a.QueryAsync(Query, new { id = users[0].Id });
        var throughB = await b.QueryAsync(Query, new { id = users[1].Id });

        // One socket, A's: B's getUser went out on it.
        Assert.Equal(users[0].Name, throughA.GetProperty("data").GetProperty("user").GetProperty("displayName").GetString());
        Assert.Equal(users[1].Name, throughB.GetProperty("data").GetProperty("user").GetProperty("displayName").GetString());
        var auth = emulators.State.Counters.Get(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxTokenAuth);
        Assert.Equal(1, auth.OutcomeCount("ok"));
        Assert.Equal(0, auth.OutcomeCount("replaced"));
        Assert.Equal(2, emulators.State.Counters.Get(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxGetUser).Requests);

        // A stops (and gives its lease up): B opens the bot's socket itself.
        await a.DisposeAsync();
        var afterA = await b.QueryAsync(Query, new { id = users[2].Id });

        Assert.Equal(users[2].Name, afterA.GetProperty("data").GetProperty("user").GetProperty("displayName").GetString());
        Assert.Equal(2, emulators.State.Counters.Get(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxTokenAuth).OutcomeCount("ok"));
    }

    [Fact]
    public async Task An_emulators_url_that_is_not_an_http_url_stops_start_up_naming_the_key()
    {
        var replica = new ProfileGraphServer(new Dictionary<string, string?> { ["Emulators:Url"] = "emulators:8080" });

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(replica.InitializeAsync);

        Assert.Contains("Emulators:Url", failure.Message, StringComparison.Ordinal);
    }

    private static async Task<ProfileGraphServer> StartReplicaAsync(EmulatorHost emulators, RedisServer? redis, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Emulators:Url"] = emulators.BaseAddress.AbsoluteUri,
            ["Cache:Enabled"] = "true",
        };
        if (redis is not null)
        {
            all["ConnectionStrings:Redis"] = redis.ConnectionString;
        }

        var replica = new ProfileGraphServer(all);
        await replica.InitializeAsync();
        return replica;
    }
}
