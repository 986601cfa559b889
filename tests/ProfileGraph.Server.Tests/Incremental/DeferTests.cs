using System.Net.Http.Json;
using System.Text;
using ProfileGraph.Emulators;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Server.Tests.Integration;

namespace ProfileGraph.Server.Tests.Incremental;

/// <summary>
/// <c>@defer</c> against the emulators: a failing provider's errors arrive with the fragment that asked for it, and a
/// client that goes away cancels the deferred provider call (the emulator never answers it).
/// </summary>
public sealed class DeferTests(ProfileGraphServer server) : IClassFixture<ProfileGraphServer>
{
    private const string Card = """
        query Card($slack: ID!, $whatsapp: ID!) {
          slack: user(provider: SLACK, id: $slack) { displayName }
          ... @defer(label: "whatsapp") { whatsapp: user(provider: WHATSAPP, id: $whatsapp) { displayName } }
        }
        """;

    private readonly ProfileGraphServer _server = server;

    [Fact]
    public async Task A_failing_providers_errors_arrive_with_the_deferred_fragment()
    {
        _server.Fault(EmulatedProvider.WhatsApp, new FaultProfile { Errors = new ErrorRates { ServerError = 1 } });

        var body = await ReadAllAsync(await SendAsync());
        var parts = body.Split("\r\n---", StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains("\"slack\":{\"displayName\":", parts[0], StringComparison.Ordinal);
        Assert.DoesNotContain("errors", parts[0], StringComparison.Ordinal);
        Assert.Contains("{\"incremental\":[{\"data\":{\"whatsapp\":{\"displayName\":null}},\"errors\":[{", parts[1], StringComparison.Ordinal);
        Assert.Contains("\"path\":[\"whatsapp\",\"displayName\"]", parts[1], StringComparison.Ordinal);
        Assert.Contains("\"completed\":[{\"id\":\"0\"}],\"hasNext\":false}", parts[1], StringComparison.Ordinal);
        Assert.Contains("\"code\":\"PROVIDER_UNAVAILABLE\"", parts[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_that_goes_away_cancels_the_deferred_provider_call()
    {
        _server.Fault(EmulatedProvider.WhatsApp, new FaultProfile { Latency = new LatencyProfile { Distribution = LatencyDistribution.Fixed, FixedMs = 2000 } });
        _server.Emulators.State.Counters.Reset();

        // Without draining: HttpClient would otherwise read on (up to 2 s) to reuse the connection.
        using var client = new HttpClient(new SocketsHttpHandler { MaxResponseDrainSize = 0 }) { BaseAddress = _server.Address };
        using (var response = await SendAsync(client))
        {
            // The first part is read, then the client hangs up while GREEN-API is still answering.
            await using var stream = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[4096];
            var read = await stream.ReadAsync(buffer);
            Assert.Contains("\"slack\"", Encoding.UTF8.GetString(buffer, 0, read), StringComparison.Ordinal);
        }

        await Task.Delay(2500);
        var contactInfo = _server.Counter(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetContactInfo);
        Assert.Equal(1, contactInfo.Requests);
        Assert.Empty(contactInfo.Outcomes);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClient? client = null)
    {
        client ??= _server.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = JsonContent.Create(new
            {
                query = Card,
                variables = new { slack = _server.Dataset.SlackUsers[0].Id, whatsapp = _server.Dataset.WhatsAppContacts[0].ChatId },
            }),
        };
        request.Headers.Accept.ParseAdd("multipart/mixed");
        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    private static async Task<string> ReadAllAsync(HttpResponseMessage response)
    {
        using (response)
        {
            return await response.Content.ReadAsStringAsync();
        }
    }
}
