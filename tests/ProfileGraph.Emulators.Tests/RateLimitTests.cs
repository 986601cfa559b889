using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Emulators.Tests.Infrastructure;

namespace ProfileGraph.Emulators.Tests;

/// <summary>The published limits, stepped through on a manual clock instead of by sleeping.</summary>
public sealed class RateLimitTests : IClassFixture<RateLimitedEmulatorFixture>
{
    private readonly RateLimitedEmulatorFixture _fixture;

    public RateLimitTests(RateLimitedEmulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Reset();
    }

    [Fact]
    public async Task GetContactInfoAllowsOneRequestPerSecondPerInstance()
    {
        Assert.Equal(HttpStatusCode.OK, await ContactInfoStatusAsync());
        Assert.Equal(HttpStatusCode.TooManyRequests, await ContactInfoStatusAsync());

        _fixture.Clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(HttpStatusCode.TooManyRequests, await ContactInfoStatusAsync());

        _fixture.Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(HttpStatusCode.OK, await ContactInfoStatusAsync());
        var outcomes = _fixture.State.Counters.Get(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetContactInfo);
        Assert.Equal(2, outcomes.OutcomeCount("429"));
    }

    [Fact]
    public async Task GetAvatarAllowsTenRequestsPerSecond()
    {
        var options = _fixture.Options.WhatsApp;
        var path = $"waInstance{options.IdInstance}/getAvatar/{options.ApiTokenInstance}";
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            using var content = new StringContent($$"""{"chatId":"{{_fixture.Dataset.WhatsAppContacts[0].ChatId}}"}""", Encoding.UTF8, "application/json");
            using var response = await _fixture.Client.PostAsync(path, content);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 10).Append(HttpStatusCode.TooManyRequests), statuses);
    }

    [Fact]
    public async Task SlackThrottlesPerMethodAndTokenWith429RatelimitedAndRetryAfter()
    {
        var user = _fixture.Dataset.SlackUsers[0].Id;
        for (var i = 0; i < 100; i++)
        {
            using var allowed = await SlackAsync($"api/users.profile.get?user={user}", _fixture.Options.Slack.Token);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using (var throttled = await SlackAsync($"api/users.profile.get?user={user}", _fixture.Options.Slack.Token))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
            Assert.Equal("""{"ok":false,"error":"ratelimited"}""", await throttled.Content.ReadAsStringAsync());
            Assert.Equal(TimeSpan.FromSeconds(60), throttled.Headers.RetryAfter!.Delta);
        }

        _fixture.Clock.Advance(TimeSpan.FromSeconds(45.5));
        using (var stillThrottled = await SlackAsync($"api/users.profile.get?user={user}", _fixture.Options.Slack.Token))
        {
            Assert.Equal(TimeSpan.FromSeconds(15), stillThrottled.Headers.RetryAfter!.Delta);
        }

        // Another method, and another token, have budgets of their own.
        using var otherMethod = await SlackAsync($"api/users.info?user={user}", _fixture.Options.Slack.Token);
        Assert.Equal(HttpStatusCode.OK, otherMethod.StatusCode);
        using var otherToken = await SlackAsync($"api/users.profile.get?user={user}", _fixture.Options.Slack.LimitedScopeToken);
        Assert.Equal(HttpStatusCode.OK, otherToken.StatusCode);

        _fixture.Clock.Advance(TimeSpan.FromSeconds(15));
        using var afterWindow = await SlackAsync($"api/users.profile.get?user={user}", _fixture.Options.Slack.Token);
        Assert.Equal(HttpStatusCode.OK, afterWindow.StatusCode);
    }

    [Fact]
    public async Task IncludeLabelsHasItsOwnSmallerBudget()
    {
        var user = _fixture.Dataset.SlackUsers[0].Id;
        for (var i = 0; i < 10; i++)
        {
            using var allowed = await SlackAsync($"api/users.profile.get?user={user}&include_labels=true", _fixture.Options.Slack.Token);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var throttled = await SlackAsync($"api/users.profile.get?user={user}&include_labels=true", _fixture.Options.Slack.Token);
        using var withoutLabels = await SlackAsync($"api/users.profile.get?user={user}", _fixture.Options.Slack.Token);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withoutLabels.StatusCode);
    }

    [Fact]
    public async Task InfobipThrottlesPerEndpointWithoutRetryAfter()
    {
        var options = _fixture.Options.Telegram;
        var list = $"telegram/1/applications/{options.ApplicationKey}/users?limit=1";
        for (var i = 0; i < 100; i++)
        {
            using var allowed = await InfobipAsync(list);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var throttled = await InfobipAsync(list);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Null(throttled.Headers.RetryAfter);
        Assert.Equal(
            """{"requestError":{"serviceException":{"messageId":"TOO_MANY_REQUESTS","text":"Too many requests"}}}""",
            await throttled.Content.ReadAsStringAsync());

        using var singleUser = await InfobipAsync($"telegram/1/applications/{options.ApplicationKey}/users/{_fixture.Dataset.TelegramUsers[0].Key}");
        Assert.Equal(HttpStatusCode.OK, singleUser.StatusCode);
    }

    [Fact]
    public async Task RateLimitsCanBeSwitchedOffAtRunTime()
    {
        _fixture.State.SetFaults(EmulatedProvider.WhatsApp, new FaultProfile { RateLimits = false });

        Assert.Equal(HttpStatusCode.OK, await ContactInfoStatusAsync());
        Assert.Equal(HttpStatusCode.OK, await ContactInfoStatusAsync());
        Assert.Equal(HttpStatusCode.OK, await ContactInfoStatusAsync());
    }

    [Fact]
    public async Task A_request_counts_in_the_window_it_arrived_in_however_long_its_latency()
    {
        // The first request waits out a long latency (2 s, so a busy machine still answers the second one first); the
        // second arrives a second later, without latency, and is answered first. Both arrived a window apart, so
        // neither is refused.
        _fixture.State.SetFaults(EmulatedProvider.WhatsApp, new FaultProfile { Latency = new LatencyProfile { Distribution = LatencyDistribution.Fixed, FixedMs = 2000 } });
        var slow = ContactInfoStatusAsync();
        var counter = () => _fixture.State.Counters.Get(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetContactInfo);
        while (counter().Requests == 0)
        {
            await Task.Delay(5);
        }

        _fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        _fixture.State.SetFaults(EmulatedProvider.WhatsApp, new FaultProfile());
        Assert.Equal(HttpStatusCode.OK, await ContactInfoStatusAsync());
        Assert.False(slow.IsCompleted);

        Assert.Equal(HttpStatusCode.OK, await slow);
        Assert.Equal(2, counter().OutcomeCount("200"));
    }

    [Fact]
    public async Task CountersNoteWhenEachRequestArrivedOnTheEmulatorClock()
    {
        var start = _fixture.Clock.GetUtcNow();
        await ContactInfoStatusAsync();
        _fixture.Clock.Advance(TimeSpan.FromMilliseconds(1500));
        await ContactInfoStatusAsync();
        await ContactInfoStatusAsync();

        // Throttled requests arrived too: pacing is judged on what reached the server.
        Assert.Equal(
            [start, start.AddMilliseconds(1500), start.AddMilliseconds(1500)],
            _fixture.State.Counters.RequestTimes(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetContactInfo));
        Assert.Empty(_fixture.State.Counters.RequestTimes(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetAvatar));

        _fixture.State.Counters.Reset();
        Assert.Empty(_fixture.State.Counters.RequestTimes(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetContactInfo));
    }

    private async Task<HttpStatusCode> ContactInfoStatusAsync()
    {
        var options = _fixture.Options.WhatsApp;
        using var content = new StringContent($$"""{"chatId":"{{_fixture.Dataset.WhatsAppContacts[0].ChatId}}"}""", Encoding.UTF8, "application/json");
        using var response = await _fixture.Client.PostAsync($"waInstance{options.IdInstance}/getContactInfo/{options.ApiTokenInstance}", content);
        return response.StatusCode;
    }

    private Task<HttpResponseMessage> SlackAsync(string pathAndQuery, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return _fixture.Client.SendAsync(request);
    }

    private Task<HttpResponseMessage> InfobipAsync(string pathAndQuery)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.Authorization = new AuthenticationHeaderValue("App", _fixture.Options.Telegram.ApiKey);
        return _fixture.Client.SendAsync(request);
    }
}
