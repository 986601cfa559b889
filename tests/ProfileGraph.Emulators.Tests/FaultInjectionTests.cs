using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Emulators.Observability;
using ProfileGraph.Emulators.Tests.Infrastructure;

namespace ProfileGraph.Emulators.Tests;

public sealed class FaultInjectionTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public FaultInjectionTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Reset();
    }

    [Theory]
    [InlineData(EmulatedProvider.Slack, HttpStatusCode.ServiceUnavailable, """{"ok":false,"error":"service_unavailable"}""")]
    [InlineData(EmulatedProvider.Telegram, HttpStatusCode.InternalServerError, """{"requestError":{"serviceException":{"messageId":"GENERAL_ERROR","text":"Something went wrong. Please contact support."}}}""")]
    [InlineData(EmulatedProvider.WhatsApp, HttpStatusCode.BadGateway, "")]
    public async Task ServerErrorsComeInEachProvidersShape(EmulatedProvider provider, HttpStatusCode status, string body)
    {
        InjectOnly(provider, new ErrorRates { ServerError = 1 });
        using var response = await SendValidRequestAsync(provider);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(EmulatedProvider.Slack, "1")]
    [InlineData(EmulatedProvider.Telegram, null)]
    [InlineData(EmulatedProvider.WhatsApp, null)]
    public async Task InjectedThrottlingIs429WithRetryAfterOnlyWhereDocumented(EmulatedProvider provider, string? retryAfter)
    {
        InjectOnly(provider, new ErrorRates { TooManyRequests = 1 });
        using var response = await SendValidRequestAsync(provider);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(retryAfter, response.Headers.TryGetValues("Retry-After", out var values) ? values.Single() : null);
    }

    [Theory]
    [InlineData(EmulatedProvider.Slack)]
    [InlineData(EmulatedProvider.Telegram)]
    [InlineData(EmulatedProvider.WhatsApp)]
    public async Task MalformedResponsesAre200WithACutOffJsonBody(EmulatedProvider provider)
    {
        InjectOnly(provider, new ErrorRates { MalformedResponse = 1 });
        using var response = await SendValidRequestAsync(provider);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("{", body, StringComparison.Ordinal);
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => System.Text.Json.JsonDocument.Parse(body));
        Assert.Equal(1, CounterOf(provider).OutcomeCount("malformed"));
    }

    [Fact]
    public async Task NandboxMalformedResponseIsUserDetailsWithoutAUserObject()
    {
        InjectOnly(EmulatedProvider.Nandbox, new ErrorRates { MalformedResponse = 1 });
        await using var client = await NandboxTestClient.AuthenticatedAsync(_fixture.Host.Urls.NandboxWebSocket, _fixture.Options.Nandbox.Token);
        await client.SendAsync(new { method = "getUser", app_id = _fixture.Options.Nandbox.AppId, user_id = _fixture.Dataset.NandboxUsers[0].Id, reference = "bad" });
        var answer = (await client.ReceiveAsync())!.Value;

        Assert.Equal("userDetails", answer.GetProperty("method").GetString());
        Assert.Equal("bad", answer.GetProperty("reference").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Object, answer.GetProperty("user").ValueKind);
    }

    [Fact]
    public async Task SlackCanThrottleWithHttp200AndNoRetryAfter()
    {
        InjectOnly(EmulatedProvider.Slack, new ErrorRates { TooManyRequests = 1 });
        _fixture.Options.Slack.RateLimitedWithHttp200 = true;
        try
        {
            using var response = await SendValidRequestAsync(EmulatedProvider.Slack);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Null(response.Headers.RetryAfter);
            Assert.Equal("""{"ok":false,"error":"ratelimited"}""", await response.Content.ReadAsStringAsync());
        }
        finally
        {
            _fixture.Options.Slack.RateLimitedWithHttp200 = false;
        }
    }

    [Theory]
    [InlineData(EmulatedProvider.Slack)]
    [InlineData(EmulatedProvider.Telegram)]
    [InlineData(EmulatedProvider.WhatsApp)]
    public async Task TimeoutsNeverAnswer(EmulatedProvider provider)
    {
        InjectOnly(provider, new ErrorRates { Timeout = 1 });
        using var client = new HttpClient { BaseAddress = _fixture.Host.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        var request = SendValidRequestAsync(provider, client);

        // Once the emulator has drawn the timeout (however long a busy machine takes to get there), it never answers.
        await Eventually(() => CounterOf(provider).OutcomeCount("timeout") == 1);
        await Task.Delay(300);
        Assert.False(request.IsCompleted);
        client.CancelPendingRequests();
        await Assert.ThrowsAnyAsync<TaskCanceledException>(() => request);
    }

    [Theory]
    [InlineData(EmulatedProvider.Slack)]
    [InlineData(EmulatedProvider.Telegram)]
    [InlineData(EmulatedProvider.WhatsApp)]
    public async Task ConnectionResetsDropTheConnection(EmulatedProvider provider)
    {
        InjectOnly(provider, new ErrorRates { ConnectionReset = 1 });

        await Assert.ThrowsAsync<HttpRequestException>(() => SendValidRequestAsync(provider));
        Assert.Equal(1, CounterOf(provider).OutcomeCount("reset"));
    }

    [Fact]
    public async Task FixedLatencyDelaysEveryAnswer()
    {
        _fixture.State.SetFaults(EmulatedProvider.Telegram, new FaultProfile { RateLimits = false, Latency = new LatencyProfile { Distribution = LatencyDistribution.Fixed, FixedMs = 200 } });
        var stopwatch = Stopwatch.StartNew();
        using var response = await SendValidRequestAsync(EmulatedProvider.Telegram);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(stopwatch.ElapsedMilliseconds, 190, 5_000);
    }

    [Fact]
    public async Task NandboxServerErrorIsAnErrorFrameForThatRequest()
    {
        InjectOnly(EmulatedProvider.Nandbox, new ErrorRates { ServerError = 1 });
        await using var client = await NandboxTestClient.AuthenticatedAsync(_fixture.Host.Urls.NandboxWebSocket, _fixture.Options.Nandbox.Token);
        await client.SendAsync(new { method = "getUser", app_id = _fixture.Options.Nandbox.AppId, user_id = _fixture.Dataset.NandboxUsers[0].Id, reference = "boom" });
        var answer = (await client.ReceiveAsync())!.Value;

        Assert.Equal("boom", answer.GetProperty("reference").GetString());
        Assert.True(answer.TryGetProperty("error", out _));
    }

    [Fact]
    public async Task NandboxCloseFaultClosesTheSocketMidFlight()
    {
        InjectOnly(EmulatedProvider.Nandbox, new ErrorRates { WebSocketClose = 1 });
        await using var client = await NandboxTestClient.AuthenticatedAsync(_fixture.Host.Urls.NandboxWebSocket, _fixture.Options.Nandbox.Token);
        await client.SendAsync(new { method = "getUser", app_id = _fixture.Options.Nandbox.AppId, user_id = _fixture.Dataset.NandboxUsers[0].Id, reference = "1" });

        Assert.Null(await client.ReceiveAsync());
        Assert.Equal(WebSocketCloseStatus.InternalServerError, client.CloseStatus);
    }

    [Fact]
    public async Task DroppingNandboxSocketsClosesOpenOnesMidFlightAndSparesLaterOnes()
    {
        _fixture.State.SetFaults(EmulatedProvider.Nandbox, new FaultProfile { Latency = new LatencyProfile { Distribution = LatencyDistribution.Fixed, FixedMs = 300 } });
        await using var first = await NandboxTestClient.AuthenticatedAsync(_fixture.Host.Urls.NandboxWebSocket, _fixture.Options.Nandbox.Token);
        // Another bot's socket: a second socket of the same bot would close the first (one WebSocket per bot).
        await using var second = await NandboxTestClient.AuthenticatedAsync(_fixture.Host.Urls.NandboxWebSocket, _fixture.Options.Nandbox.LimitedToken);
        await first.SendAsync(new { method = "getUser", app_id = _fixture.Options.Nandbox.AppId, user_id = _fixture.Dataset.NandboxUsers[0].Id, reference = "1" });

        using var drop = await _fixture.Client.PostAsync("_admin/nandbox/drop", null);

        Assert.Equal(HttpStatusCode.NoContent, drop.StatusCode);
        Assert.Null(await first.ReceiveAsync());
        Assert.Equal(WebSocketCloseStatus.InternalServerError, first.CloseStatus);
        Assert.Null(await second.ReceiveAsync());
        await using var later = await NandboxTestClient.AuthenticatedAsync(_fixture.Host.Urls.NandboxWebSocket, _fixture.Options.Nandbox.Token);
        await later.SendAsync(new { method = "getUser", app_id = _fixture.Options.Nandbox.AppId, user_id = _fixture.Dataset.NandboxUsers[0].Id, reference = "2" });
        Assert.Equal("2", (await later.ReceiveAsync())!.Value.GetProperty("reference").GetString());
    }

    [Fact]
    public async Task NandboxResetFaultAbortsTheConnection()
    {
        InjectOnly(EmulatedProvider.Nandbox, new ErrorRates { ConnectionReset = 1 });
        await using var client = await NandboxTestClient.AuthenticatedAsync(_fixture.Host.Urls.NandboxWebSocket, _fixture.Options.Nandbox.Token);
        await client.SendAsync(new { method = "getUser", app_id = _fixture.Options.Nandbox.AppId, user_id = _fixture.Dataset.NandboxUsers[0].Id, reference = "1" });

        await Assert.ThrowsAsync<WebSocketException>(() => client.ReceiveAsync());
    }

    [Fact]
    public async Task NandboxTimeoutLeavesThatRequestUnanswered()
    {
        InjectOnly(EmulatedProvider.Nandbox, new ErrorRates { Timeout = 1 });
        await using var client = await NandboxTestClient.AuthenticatedAsync(_fixture.Host.Urls.NandboxWebSocket, _fixture.Options.Nandbox.Token);
        await client.SendAsync(new { method = "getUser", app_id = _fixture.Options.Nandbox.AppId, user_id = _fixture.Dataset.NandboxUsers[0].Id, reference = "1" });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.ReceiveAsync(TimeSpan.FromMilliseconds(300)));
        Assert.Equal(1, _fixture.State.Counters.Get(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxGetUser).OutcomeCount("timeout"));
    }

    [Fact]
    public async Task NandboxAnswersStillWaitingWhenTheClientLeavesAreDropped()
    {
        _fixture.State.SetFaults(EmulatedProvider.Nandbox, new FaultProfile
        {
            Latency = new LatencyProfile { Distribution = LatencyDistribution.Fixed, FixedMs = 1_000 },
            Errors = new ErrorRates { ConnectionReset = 1 },
        });
        var client = await NandboxTestClient.AuthenticatedAsync(_fixture.Host.Urls.NandboxWebSocket, _fixture.Options.Nandbox.Token);
        await client.SendAsync(new { method = "getUser", app_id = _fixture.Options.Nandbox.AppId, user_id = _fixture.Dataset.NandboxUsers[0].Id, reference = "1" });
        EndpointCounterSnapshot GetUser() => _fixture.State.Counters.Get(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxGetUser);
        await Eventually(() => GetUser().Requests == 1);
        await client.DisposeAsync();

        // Past the drawn latency: an answer outliving its session would now abort a connection it no longer owns.
        await Task.Delay(1_500);
        Assert.Equal(1, GetUser().Requests);
        Assert.Empty(GetUser().Outcomes);
    }

    /// <summary>Waits for what the emulator records on its own time, up to ten seconds.</summary>
    private static async Task Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the emulator did not record it within 10 s");
            await Task.Delay(10);
        }
    }

    private void InjectOnly(EmulatedProvider provider, ErrorRates errors) =>
        _fixture.State.SetFaults(provider, new FaultProfile { RateLimits = false, Errors = errors });

    private EndpointCounterSnapshot CounterOf(EmulatedProvider provider) => provider switch
    {
        EmulatedProvider.Slack => _fixture.State.Counters.Get(provider, EmulatedEndpoints.SlackUsersProfileGet),
        EmulatedProvider.Telegram => _fixture.State.Counters.Get(provider, EmulatedEndpoints.TelegramListUsers),
        _ => _fixture.State.Counters.Get(provider, EmulatedEndpoints.WhatsAppGetContactInfo),
    };

    private Task<HttpResponseMessage> SendValidRequestAsync(EmulatedProvider provider, HttpClient? client = null)
    {
        var options = _fixture.Options;
        var request = provider switch
        {
            EmulatedProvider.Slack => new HttpRequestMessage(HttpMethod.Get, "api/users.profile.get")
            {
                Headers = { Authorization = new AuthenticationHeaderValue("Bearer", options.Slack.Token) },
            },
            EmulatedProvider.Telegram => new HttpRequestMessage(HttpMethod.Get, $"telegram/1/applications/{options.Telegram.ApplicationKey}/users?limit=5")
            {
                Headers = { Authorization = new AuthenticationHeaderValue("App", options.Telegram.ApiKey) },
            },
            _ => new HttpRequestMessage(HttpMethod.Post, $"waInstance{options.WhatsApp.IdInstance}/getContactInfo/{options.WhatsApp.ApiTokenInstance}")
            {
                Content = new StringContent($$"""{"chatId":"{{_fixture.Dataset.WhatsAppContacts[0].ChatId}}"}""", Encoding.UTF8, "application/json"),
            },
        };
        return (client ?? _fixture.Client).SendAsync(request);
    }
}
