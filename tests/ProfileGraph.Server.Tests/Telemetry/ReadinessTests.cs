using System.Net;
using System.Text.Json;
using ProfileGraph.Emulators;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Server.Tests.Integration;
using ProfileGraph.Testing;

namespace ProfileGraph.Server.Tests.Telemetry;

/// <summary>/readyz reports the schema, each provider's circuit and Redis; a failing provider or Redis degrades the service, never unreadies it.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task A_fresh_service_is_ready_with_every_circuit_closed()
    {
        await using var server = new ProfileGraphServer();
        await server.InitializeAsync();

        var (status, report) = await ReadyAsync(server);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        var providers = report.GetProperty("checks").GetProperty("providers");
        Assert.Equal(["Nandbox", "Slack", "Telegram", "WhatsApp"], providers.GetProperty("data").EnumerateObject().Select(entry => entry.Name).Order());
        Assert.All(providers.GetProperty("data").EnumerateObject(), entry => Assert.Equal("Closed", entry.Value.GetString()));
        Assert.False(report.GetProperty("checks").TryGetProperty("redis", out _));
    }

    [Fact]
    public async Task A_provider_with_an_open_circuit_degrades_the_service_but_leaves_it_ready()
    {
        await using var server = new ProfileGraphServer(new Dictionary<string, string?>
        {
            ["Providers:Slack:Resilience:CircuitBreaker:MinimumThroughput"] = "2",
            ["Providers:Slack:Resilience:Retry:MaxRetries"] = "0",
        });
        await server.InitializeAsync();
        server.Fault(EmulatedProvider.Slack, new FaultProfile { RateLimits = false, Errors = new ErrorRates { ServerError = 1 } });

        for (var i = 0; i < 4; i++)
        {
            await server.QueryAsync("query($id: ID!) { user(provider: SLACK, id: $id) { displayName } }", new { id = server.Dataset.SlackUsers[i].Id });
        }

        var (status, report) = await ReadyAsync(server);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        var providers = report.GetProperty("checks").GetProperty("providers");
        Assert.Contains("Slack", providers.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Open", providers.GetProperty("data").GetProperty("Slack").GetString());
    }

    [Fact]
    public async Task Redis_out_of_reach_degrades_the_service_but_leaves_it_ready()
    {
        var redis = await RedisServer.StartAsync();
        await using var server = new ProfileGraphServer(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        await server.InitializeAsync();
        Assert.Equal("Healthy", (await ReadyAsync(server)).Report.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());

        await redis.DisposeAsync();
        var (status, report) = await ReadyAsync(server);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        Assert.Equal("Degraded", report.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
    }

    private static async Task<(HttpStatusCode Status, JsonElement Report)> ReadyAsync(ProfileGraphServer server)
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync("readyz");
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}
