using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ProfileGraph.Emulators;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Server.Tests.Integration;

namespace ProfileGraph.Server.Tests.Clients;

/// <summary>
/// Clients as the service runs in Production: keys required, each client's quotas, introspection, <c>?sdl</c> and the
/// IDE off, and nothing internal in an error; and Development, open without a key.
/// </summary>
public sealed class ClientTests
{
    private const string PartnerKey = "pg_live_partner_4f1c2a9e7b3d4e8f9a0b1c2d3e4f5a6b";
    private const string ToolKey = "pg_live_tooling_0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d";
    private const string Query = "{ providers { provider } }";

    [Fact]
    public async Task Production_refuses_a_request_without_a_key_with_unauthenticated()
    {
        await using var server = await StartAsync();

        var (status, body, response) = await PostAsync(server, Query);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("ApiKey", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("UNAUTHENTICATED", CodeOf(body));
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("X-Api-Key", PartnerKey)]
    [InlineData("Authorization", "ApiKey " + PartnerKey)]
    public async Task A_client_key_in_either_header_is_served(string header, string value)
    {
        await using var server = await StartAsync();

        var (status, body, _) = await PostAsync(server, Query, (header, value));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(4, body.GetProperty("data").GetProperty("providers").GetArrayLength());
    }

    [Theory]
    [InlineData("Api-Key", PartnerKey)]
    [InlineData("Authorization", "Bearer " + PartnerKey)]
    [InlineData("X-Api-Key", "pg_live_partner_4f1c2a9e7b3d4e8f9a0b1c2d3e4f5a6c")]
    [InlineData("X-Api-Key", "")]
    public async Task A_key_in_the_wrong_header_or_one_character_off_is_refused(string header, string value)
    {
        await using var server = await StartAsync();

        var (status, body, _) = await PostAsync(server, Query, (header, value));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("UNAUTHENTICATED", CodeOf(body));
        Assert.DoesNotContain(PartnerKey[..20], body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_its_requests_per_minute_a_client_gets_429_with_retry_after()
    {
        await using var server = await StartAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await PostAsync(server, Query, ("X-Api-Key", PartnerKey))).Status);
        }

        var (status, body, response) = await PostAsync(server, Query, ("X-Api-Key", PartnerKey));
        var other = await PostAsync(server, Query, ("X-Api-Key", ToolKey));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal("CLIENT_RATE_LIMITED", CodeOf(body));
        Assert.InRange(response.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Equal(HttpStatusCode.OK, other.Status);
    }

    [Fact]
    public async Task Over_its_cost_budget_a_client_gets_429_before_any_provider_call()
    {
        await using var server = await StartAsync();
        const string user = "query($id: ID!) { user(provider: NANDBOX, id: $id) { displayName } }";
        var id = server.Dataset.NandboxUsers[0].Id;

        var first = await PostAsync(server, user, ("X-Api-Key", ToolKey), new { id });
        var second = await PostAsync(server, user, ("X-Api-Key", ToolKey), new { id });
        server.Emulators.State.Counters.Reset();
        var (status, body, response) = await PostAsync(server, user, ("X-Api-Key", ToolKey), new { id });

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal("CLIENT_RATE_LIMITED", CodeOf(body));
        Assert.Equal(25, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("budget").GetInt32());
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal(0, server.Counter(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxGetUser).Requests);
    }

    [Fact]
    public async Task Production_keeps_introspection_sdl_and_the_ide_closed_unless_a_client_may_introspect()
    {
        await using var server = await StartAsync();
        const string introspection = "{ __schema { queryType { name } } }";

        var refused = await PostAsync(server, introspection, ("X-Api-Key", PartnerKey));
        var allowed = await PostAsync(server, introspection, ("X-Api-Key", ToolKey));
        var typename = await PostAsync(server, "{ __typename }", ("X-Api-Key", PartnerKey));
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", PartnerKey);
        using var sdl = await client.GetAsync("graphql?sdl");
        using var ide = await client.GetAsync("graphql/ui/");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("INTROSPECTION_DISABLED", CodeOf(refused.Body));
        Assert.Equal("Query", allowed.Body.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal("Query", typename.Body.GetProperty("data").GetProperty("__typename").GetString());
        Assert.NotEqual(HttpStatusCode.OK, sdl.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, ide.StatusCode);
    }

    [Fact]
    public async Task Development_serves_without_a_key_and_introspects()
    {
        await using var server = new ProfileGraphServer(new Dictionary<string, string?> { ["Clients:RequireKey"] = null }, environment: "Development");
        await server.InitializeAsync();

        var plain = await PostAsync(server, Query);
        var introspection = await PostAsync(server, "{ __schema { queryType { name } } }");
        var unknownKey = await PostAsync(server, Query, ("X-Api-Key", "not-a-key"));

        Assert.Equal(HttpStatusCode.OK, plain.Status);
        Assert.Equal(HttpStatusCode.OK, introspection.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownKey.Status);
    }

    [Fact]
    public async Task Production_errors_carry_no_stack_trace_exception_type_or_configuration_value()
    {
        await using var server = await StartAsync();
        foreach (var provider in Enum.GetValues<EmulatedProvider>())
        {
            server.Fault(provider, new FaultProfile { RateLimits = false, Errors = new ErrorRates { MalformedResponse = 1 } });
        }

        var refs = new object[]
        {
            new { provider = "SLACK", id = server.Dataset.SlackUsers[0].Id },
            new { provider = "TELEGRAM", id = server.Dataset.TelegramUsers[0].Key },
            new { provider = "WHATSAPP", id = server.Dataset.WhatsAppContacts[0].ChatId },
        };
        var (_, body, _) = await PostAsync(server, "query($refs: [UserRef!]!) { users(refs: $refs) { displayName } }", ("X-Api-Key", PartnerKey), new { refs });
        var text = body.GetRawText();

        Assert.Equal(3, body.GetProperty("errors").GetArrayLength());
        var options = server.Emulators.State.Options;
        foreach (var leak in new[] { "Exception", "   at ", ".cs:line", options.Slack.Token, options.Telegram.ApiKey, options.WhatsApp.ApiTokenInstance, options.Nandbox.Token, PartnerKey, ApiKeys.Sha256(PartnerKey), "127.0.0.1" })
        {
            Assert.DoesNotContain(leak, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Requests_are_counted_by_client_name_never_by_key()
    {
        const string key = "pg_live_metered_2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e";
        var seen = new System.Collections.Concurrent.ConcurrentBag<(string? Client, object? Status)>();
        using var listener = new System.Diagnostics.Metrics.MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == "profilegraph.client.requests")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            var all = tags.ToArray().ToDictionary(tag => tag.Key, tag => tag.Value);
            seen.Add((all.GetValueOrDefault("client") as string, all.GetValueOrDefault("status")));
        });
        listener.Start();
        await using var server = new ProfileGraphServer(new Dictionary<string, string?> { ["Clients:RequireKey"] = null, ["Clients:metered:KeySha256"] = ApiKeys.Sha256(key) });
        await server.InitializeAsync();

        await PostAsync(server, Query, ("X-Api-Key", key));
        await PostAsync(server, Query, ("X-Api-Key", key[..^1] + "0"));

        Assert.Contains(("metered", (object?)200), seen);
        Assert.Contains((GraphQL.AspNetCore.Clients.ClientRegistry.AnonymousName, (object?)401), seen);
        Assert.DoesNotContain(seen, entry => entry.Client?.Contains(key[..16], StringComparison.Ordinal) == true);
    }

    private static async Task<ProfileGraphServer> StartAsync()
    {
        var server = new ProfileGraphServer(new Dictionary<string, string?>
        {
            ["Clients:RequireKey"] = null,
            ["Clients:partner:KeySha256"] = ApiKeys.Sha256(PartnerKey),
            ["Clients:partner:RequestsPerMinute"] = "3",
            ["Clients:tooling:KeySha256"] = ApiKeys.Sha256(ToolKey).ToUpperInvariant(),
            ["Clients:tooling:CostPerMinute"] = "25",
            ["Clients:tooling:AllowIntrospection"] = "true",
        });
        await server.InitializeAsync();
        return server;
    }

    private static string? CodeOf(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> PostAsync(
        ProfileGraphServer server, string query, (string Name, string Value)? header = null, object? variables = null)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (header is { } given)
        {
            request.Headers.TryAddWithoutValidation(given.Name, given.Value);
        }

        var response = await client.SendAsync(request);
        var body = (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
        return (response.StatusCode, body, response);
    }
}
