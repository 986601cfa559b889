using ProfileGraph.Emulators;
using Microsoft.Extensions.Logging;
using ProfileGraph.Server.Tests.Integration;
using ProfileGraph.Testing;
using StackExchange.Redis;

namespace ProfileGraph.Server.Tests.Caching;

/// <summary>The profile cache with Redis as its second level and backplane: a real redis-server shared by two service instances.</summary>
public sealed class RedisCacheTests
{
    private const string Query = "query($id: ID!) { user(provider: SLACK, id: $id) { displayName email } }";

    [Fact]
    public async Task A_user_fetched_through_one_instance_is_served_by_the_other_without_a_call()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var first = await ProfileCacheTests.StartAsync(new() { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        await using var second = await ProfileCacheTests.StartAsync(new() { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        var id = first.Dataset.SlackUsers[7].Id;

        var fetched = await first.QueryAsync(Query, new { id });
        await WaitForEntryAsync(redis, id);
        var shared = await second.QueryAsync(Query, new { id });

        Assert.Equal(1, first.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet).Requests);
        Assert.Equal(0, second.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet).Requests);
        Assert.Equal(fetched.GetRawText(), shared.GetRawText());
    }

    [Fact]
    public async Task Requests_are_still_answered_when_redis_stops()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var server = await ProfileCacheTests.StartAsync(new() { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        var seen = server.Dataset.SlackUsers[8].Id;
        var unseen = server.Dataset.SlackUsers[9].Id;
        var before = await server.QueryAsync(Query, new { id = seen });

        await redis.StopAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var fromMemory = await server.QueryAsync(Query, new { id = seen });
        var fromSlack = await server.QueryAsync(Query, new { id = unseen });
        var fromMemoryAgain = await server.QueryAsync(Query, new { id = unseen });
        var elapsed = clock.Elapsed;

        Assert.Equal(before.GetRawText(), fromMemory.GetRawText());
        Assert.False(fromSlack.TryGetProperty("errors", out _));
        Assert.NotNull(fromSlack.GetProperty("data").GetProperty("user").GetProperty("email").GetString());
        Assert.Equal(fromSlack.GetRawText(), fromMemoryAgain.GetRawText());
        Assert.Equal(2, server.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet).Requests);
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"three requests without Redis took {elapsed}");

        // Forty more users: Redis's absence is said once per role (second level, backplane: each when its next write
        // fails, in the background), by FusionCache and by us, never once per lookup.
        await Task.WhenAll(server.Dataset.SlackUsers.Skip(10).Take(20).Select(user => server.QueryAsync(Query, new { id = user.Id })));
        for (var waited = 0; waited < 100 && !Outage(server, "second level"); waited++)
        {
            await Task.Delay(50);
        }

        await Task.WhenAll(server.Dataset.SlackUsers.Skip(30).Take(20).Select(user => server.QueryAsync(Query, new { id = user.Id })));
        await Task.Delay(500);
        var warnings = server.Logs.Entries.Where(entry => entry.Level >= LogLevel.Warning).Select(entry => WithoutOperation(entry.Message)).ToList();
        Assert.True(Outage(server, "second level"), "the second level's outage is reported");
        // At most five: FusionCache's line and ours for each role, and the shared limits' one. Which of them appear
        // depends on how soon the Redis client notices (a replica's change-feed subscription makes that sooner).
        Assert.InRange(warnings.Count, 1, 5);
        Assert.True(warnings.Count == warnings.Distinct(StringComparer.Ordinal).Count(), string.Join("\n", warnings));
    }

    private static bool Outage(ProfileGraphServer server, string role) =>
        server.Logs.Entries.Any(entry => entry.Level == LogLevel.Warning && entry.Message.Contains($"profile cache's {role}, is unavailable", StringComparison.Ordinal));

    /// <summary>FusionCache's lines begin with the operation and key that happened to notice: what they say follows "): ".</summary>
    private static string WithoutOperation(string message) =>
        message.StartsWith("FUSION", StringComparison.Ordinal) && message.IndexOf("): ", StringComparison.Ordinal) is var at and > 0 ? message[(at + 3)..] : message;

    /// <summary>The first instance writes Redis in the background: wait until the entry is there.</summary>
    internal static async Task WaitForEntryAsync(RedisServer redis, string id)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var keys = connection.GetServer(connection.GetEndPoints()[0]);
        for (var attempt = 0; attempt < 250 && !keys.Keys(pattern: $"*Slack:users.profile.get:{id}*").Any(); attempt++)
        {
            await Task.Delay(20);
        }
    }
}
