using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProfileGraph.Emulators;
using ProfileGraph.Emulators.Hosting;
using ProfileGraph.Server.Events;
using ProfileGraph.Server.Graph.Users;
using ProfileGraph.Server.Tests.Integration;
using ProfileGraph.Testing;

namespace ProfileGraph.Server.Tests.Events;

/// <summary>Two replicas on one real redis-server and one emulator host: a change posted to one reaches the other's subscribers once, and its cache.</summary>
public sealed class RedisChangeRelayTests
{
    [Fact]
    public async Task A_change_posted_to_one_replica_reaches_subscribers_on_both_exactly_once_and_both_read_fresh()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulators = await EmulatorHost.StartAsync();
        await using var a = await StartReplicaAsync(emulators, redis.ConnectionString);
        await using var b = await StartReplicaAsync(emulators, redis.ConnectionString);
        var user = emulators.State.Dataset.SlackUsers.First(candidate => !candidate.IsBot && !candidate.Deleted);
        var before = await ProfileChangeFeedTests.DisplayNameAsync(a, user.Id);
        Assert.Equal(before, await ProfileChangeFeedTests.DisplayNameAsync(b, user.Id));   // both hold it in memory now
        await using var onA = new FeedReader(a.Services.GetRequiredService<ProfileChangeFeed>());
        await using var onB = new FeedReader(b.Services.GetRequiredService<ProfileChangeFeed>());

        // The emulated Slack announces the change to replica A only, as Slack calls one request URL.
        emulators.State.Options.Slack.EventsUrl = new Uri(a.Address, "slack/events");
        using var admin = new HttpClient { BaseAddress = emulators.BaseAddress };
        using var patch = await admin.PatchAsync($"_admin/slack/users/{user.Id}", new StringContent("""{"display_name":"Everywhere Eve","real_name":"Eve Everywhere"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);

        Assert.Equal(new UserRef(Providers.Provider.Slack, user.Id), (await onB.NextAsync()).User);
        Assert.Equal(user.Id, (await onA.NextAsync()).User.Id);

        // A marker published on B is the next change on both: neither saw the change twice (A not its own message again).
        var marker = new ProfileChange(new UserRef(Providers.Provider.Nandbox, "marker"), DateTimeOffset.UtcNow, "test");
        await b.Services.GetRequiredService<ProfileChangeFeed>().PublishAsync(marker);
        Assert.Equal(marker, await onB.NextAsync());
        Assert.Equal(marker, await onA.NextAsync());

        Assert.Equal("Everywhere Eve", await ProfileChangeFeedTests.DisplayNameAsync(b, user.Id));
        Assert.Equal("Everywhere Eve", await ProfileChangeFeedTests.DisplayNameAsync(a, user.Id));
    }

    [Fact]
    public async Task A_request_accepted_by_one_replica_is_a_replay_to_the_other()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulators = await EmulatorHost.StartAsync();
        await using var a = await StartReplicaAsync(emulators, redis.ConnectionString);
        await using var b = await StartReplicaAsync(emulators, redis.ConnectionString);
        var body = SlackSignedRequests.UserChange(emulators.State.Dataset.SlackUsers[4].Id);
        var timestamp = SlackSignedRequests.Now();
        using var toA = a.CreateClient();
        using var toB = b.CreateClient();

        using var first = await toA.SendAsync(SlackSignedRequests.Create(body, timestamp));
        using var replay = await toB.SendAsync(SlackSignedRequests.Create(body, timestamp));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
    }

    [Fact]
    public async Task With_redis_down_changes_still_reach_this_replicas_subscribers_and_the_outage_is_logged_once()
    {
        var redis = await RedisServer.StartAsync();
        var connectionString = redis.ConnectionString;
        await redis.DisposeAsync();
        await using var emulators = await EmulatorHost.StartAsync();
        await using var replica = await StartReplicaAsync(emulators, connectionString);
        await using var feed = new FeedReader(replica.Services.GetRequiredService<ProfileChangeFeed>());
        using var client = replica.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            using var response = await client.SendAsync(SlackSignedRequests.Create(SlackSignedRequests.UserChange(emulators.State.Dataset.SlackUsers[i].Id)));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(emulators.State.Dataset.SlackUsers[i].Id, (await feed.NextAsync()).User.Id);
        }

        Assert.Single(replica.Logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("carries profile changes between replicas, is unavailable", StringComparison.Ordinal));
    }

    private static async Task<ProfileGraphServer> StartReplicaAsync(EmulatorHost emulators, string redis)
    {
        var replica = new ProfileGraphServer(new Dictionary<string, string?>
        {
            ["Emulators:Url"] = emulators.BaseAddress.AbsoluteUri,
            ["Cache:Enabled"] = "true",
            ["ConnectionStrings:Redis"] = redis,
        });
        await replica.InitializeAsync();
        return replica;
    }
}
