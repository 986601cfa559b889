using System.Net;
using System.Net.Http.Json;
using ProfileGraph.Emulators;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Server.Tests.Clients;
using ProfileGraph.Server.Tests.Integration;

namespace ProfileGraph.Server.Tests.Subscriptions;

/// <summary>
/// Subscriptions against the service: <c>providerStatusChanged</c> over graphql-transport-ws when Slack's circuit
/// opens, the protocol's rules (init first and once, within its timeout, ping/pong, queries and request errors, the
/// per-connection limit, the API key in connection_init), and GraphQL over SSE.
/// </summary>
public sealed class SubscriptionTransportTests
{
    private const string StatusSubscription = "subscription { providerStatusChanged { provider circuit } }";

    [Fact]
    public async Task A_subscriber_hears_slacks_circuit_open()
    {
        await using var server = new ProfileGraphServer(new Dictionary<string, string?>
        {
            ["Providers:Slack:Resilience:CircuitBreaker:MinimumThroughput"] = "2",
            ["Providers:Slack:Resilience:CircuitBreaker:FailureRatio"] = "0.5",
            ["Providers:Slack:Resilience:Retry:MaxRetryAttempts"] = "0",
        });
        await server.InitializeAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAsync(server.Address);
        await client.InitAsync();
        await client.SendAsync(new { id = "status", type = "subscribe", payload = new { query = StatusSubscription } });

        server.Fault(EmulatedProvider.Slack, new FaultProfile { Errors = new ErrorRates { ServerError = 1 } });
        for (var i = 0; i < 4; i++)
        {
            await server.QueryAsync("query($id: ID!) { user(provider: SLACK, id: $id) { displayName } }", new { id = server.Dataset.SlackUsers[i].Id });
        }

        var next = (await client.ReceiveAsync())!.Value;
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("status", next.GetProperty("id").GetString());
        Assert.Equal("{\"provider\":\"SLACK\",\"circuit\":\"OPEN\"}", next.GetProperty("payload").GetProperty("data").GetProperty("providerStatusChanged").GetRawText());

        // The client's complete ends the subscription; the connection stays usable.
        await client.SendAsync(new { id = "status", type = "complete" });
        await client.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await client.ReceiveAsync())?.GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_protocol_rules_hold()
    {
        await using var server = new ProfileGraphServer(new Dictionary<string, string?>
        {
            ["GraphQL:ConnectionInitTimeout"] = "00:00:00.500",
            ["GraphQL:MaxSubscriptionsPerConnection"] = "1",
        });
        await server.InitializeAsync();

        await using (var early = await GraphQLWebSocketClient.ConnectAsync(server.Address))
        {
            await early.SendAsync(new { id = "1", type = "subscribe", payload = new { query = StatusSubscription } });
            Assert.Null(await early.ReceiveAsync());
            Assert.Equal(4401, (int)early.CloseStatus!);
        }

        await using (var silent = await GraphQLWebSocketClient.ConnectAsync(server.Address))
        {
            Assert.Null(await silent.ReceiveAsync());
            Assert.Equal((4408, "Connection initialisation timeout"), ((int)silent.CloseStatus!, silent.CloseStatusDescription));
        }

        await using var client = await GraphQLWebSocketClient.ConnectAsync(server.Address);
        await client.InitAsync();

        // A query: one next, then complete. A request error: one error message, no complete.
        await client.SendAsync(new { id = "q", type = "subscribe", payload = new { query = "{ __typename }" } });
        Assert.Equal("{\"data\":{\"__typename\":\"Query\"}}", (await client.ReceiveAsync())!.Value.GetProperty("payload").GetRawText());
        Assert.Equal("complete", (await client.ReceiveAsync())!.Value.GetProperty("type").GetString());
        await client.SendAsync(new { id = "bad", type = "subscribe", payload = new { query = "subscription { nope }" } });
        var error = (await client.ReceiveAsync())!.Value;
        Assert.Equal(("error", "bad"), (error.GetProperty("type").GetString(), error.GetProperty("id").GetString()));
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());

        // One operation at a time here: a second is refused, the first goes on.
        await client.SendAsync(new { id = "a", type = "subscribe", payload = new { query = StatusSubscription } });
        await client.SendAsync(new { id = "b", type = "subscribe", payload = new { query = StatusSubscription } });
        var refused = (await client.ReceiveAsync())!.Value;
        Assert.Equal(("error", "b"), (refused.GetProperty("type").GetString(), refused.GetProperty("id").GetString()));
        Assert.Equal("SUBSCRIPTION_LIMIT_EXCEEDED", refused.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());

        // A second init closes the socket.
        await client.SendAsync(new { type = "connection_init" });
        Assert.Null(await client.ReceiveAsync());
        Assert.Equal(4429, (int)client.CloseStatus!);
    }

    [Fact]
    public async Task Where_keys_are_required_connection_init_carries_the_key()
    {
        await using var server = new ProfileGraphServer(new Dictionary<string, string?>
        {
            ["Clients:RequireKey"] = "true",
            ["Clients:dashboard:KeySha256"] = ApiKeys.Sha256("dashboard-key"),
        });
        await server.InitializeAsync();

        await using (var anonymous = await GraphQLWebSocketClient.ConnectAsync(server.Address))
        {
            await anonymous.SendAsync(new { type = "connection_init" });
            Assert.Null(await anonymous.ReceiveAsync());
            Assert.Equal(4403, (int)anonymous.CloseStatus!);
        }

        await using (var wrong = await GraphQLWebSocketClient.ConnectAsync(server.Address))
        {
            await wrong.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { ["X-Api-Key"] = "dashboard-kez" } });
            Assert.Null(await wrong.ReceiveAsync());
            Assert.Equal(4403, (int)wrong.CloseStatus!);
        }

        await using var client = await GraphQLWebSocketClient.ConnectAsync(server.Address);
        await client.InitAsync(new Dictionary<string, string> { ["X-Api-Key"] = "dashboard-key" });
        await client.SendAsync(new { id = "q", type = "subscribe", payload = new { query = "{ __typename }" } });
        Assert.Equal("next", (await client.ReceiveAsync())!.Value.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Over_http_a_subscription_is_an_event_stream()
    {
        await using var server = new ProfileGraphServer();
        await server.InitializeAsync();
        using var client = server.CreateClient();

        using var refused = await client.PostAsJsonAsync("graphql", new { query = StatusSubscription });
        Assert.Equal(HttpStatusCode.NotAcceptable, refused.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query = StatusSubscription }) };
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
    }
}
