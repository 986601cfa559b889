using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using ProfileGraph.Server.Tests.Integration;
using ProfileGraph.Testing;

namespace ProfileGraph.Server.Tests.Clients;

/// <summary>Two service instances on one real redis-server count a client's requests per minute as one quota.</summary>
public sealed class SharedClientQuotaTests
{
    private const string PartnerKey = "pg_live_partner_9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b";

    [Fact]
    public async Task A_clients_requests_per_minute_are_one_quota_across_replicas()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var a = await StartAsync(redis.ConnectionString);
        await using var b = await StartAsync(redis.ConnectionString);

        var statuses = new[] { await PostAsync(a), await PostAsync(a), await PostAsync(b), await PostAsync(b), await PostAsync(a) };

        // Three a minute in all: the third is B's first, and B's second is refused though B has seen only one.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Without_redis_each_replica_counts_in_process_and_says_so_once()
    {
        var redis = await RedisServer.StartAsync();
        await using var a = await StartAsync(redis.ConnectionString);
        Assert.Equal(HttpStatusCode.OK, await PostAsync(a));

        await redis.DisposeAsync();
        var statuses = new[] { await PostAsync(a), await PostAsync(a), await PostAsync(a) };

        // The replica's own window already held the first request: two more fit, the fourth does not.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Single(a.Logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("every replica shares, is unavailable", StringComparison.Ordinal));
    }

    private static async Task<ProfileGraphServer> StartAsync(string redis)
    {
        var server = new ProfileGraphServer(new Dictionary<string, string?>
        {
            ["Clients:RequireKey"] = null,
            ["Clients:partner:KeySha256"] = ApiKeys.Sha256(PartnerKey),
            ["Clients:partner:RequestsPerMinute"] = "3",
            ["ConnectionStrings:Redis"] = redis,
        });
        await server.InitializeAsync();
        return server;
    }

    private static async Task<HttpStatusCode> PostAsync(ProfileGraphServer server)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query = "{ __typename }" }) };
        request.Headers.TryAddWithoutValidation("X-Api-Key", PartnerKey);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
