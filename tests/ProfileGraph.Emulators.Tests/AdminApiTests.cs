using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ProfileGraph.Emulators.Tests.Infrastructure;

namespace ProfileGraph.Emulators.Tests;

public sealed class AdminApiTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public AdminApiTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Reset();
    }

    [Fact]
    public async Task OverviewDescribesTheDatasetWithoutCredentials()
    {
        using var response = await _fixture.Client.GetAsync("_admin");
        var text = await response.Content.ReadAsStringAsync();
        var body = await JsonBody.ReadAsync(response);

        Assert.Equal(_fixture.Dataset.Seed, body.GetProperty("seed").GetInt32());
        Assert.Equal(10_000, body.GetProperty("providers").GetProperty("telegram").GetProperty("records").GetInt32());
        AssertNoSecrets(text);
    }

    [Fact]
    public async Task IdsListTheFirstUsersEachProviderAnswersFor()
    {
        using var whatsapp = await _fixture.Client.GetAsync("_admin/ids/whatsapp?first=3");
        using var telegram = await _fixture.Client.GetAsync("_admin/ids/telegram");
        using var unknown = await _fixture.Client.GetAsync("_admin/ids/myspace");

        Assert.Equal(_fixture.Dataset.WhatsAppContacts.Take(3).Select(contact => contact.ChatId), (await JsonBody.ReadAsync(whatsapp)).EnumerateArray().Select(id => id.GetString()));
        Assert.Equal(_fixture.Dataset.TelegramUsers.Take(10).Select(user => user.Key), (await JsonBody.ReadAsync(telegram)).EnumerateArray().Select(id => id.GetString()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task FaultsSetThroughTheApiApplyAndReset()
    {
        using var put = await _fixture.Client.PutAsync("_admin/faults/slack", Json("""
            {"latency":{"distribution":"uniform","minMs":1,"maxMs":5},"errors":{"serverError":1},"rateLimits":false}
            """));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        using (var get = await _fixture.Client.GetAsync("_admin/faults/slack"))
        {
            var faults = await JsonBody.ReadAsync(get);
            Assert.Equal("uniform", faults.GetProperty("latency").GetProperty("distribution").GetString());
            Assert.Equal(5, faults.GetProperty("latency").GetProperty("maxMs").GetDouble());
            Assert.Equal(1, faults.GetProperty("errors").GetProperty("serverError").GetDouble());
            Assert.False(faults.GetProperty("rateLimits").GetBoolean());
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, await SlackStatusAsync());

        using var delete = await _fixture.Client.DeleteAsync("_admin/faults/slack");
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await SlackStatusAsync());
    }

    [Fact]
    public async Task InvalidProfilesAndUnknownProvidersAreRefused()
    {
        using var tooLikely = await _fixture.Client.PutAsync("_admin/faults/telegram", Json("""{"errors":{"timeout":0.7,"serverError":0.7}}"""));
        using var notJson = await _fixture.Client.PutAsync("_admin/faults/telegram", Json("{"));
        using var unknown = await _fixture.Client.GetAsync("_admin/faults/myspace");

        Assert.Equal(HttpStatusCode.BadRequest, tooLikely.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(0, _fixture.State.GetFaults(EmulatedProvider.Telegram).Errors.Timeout);
    }

    [Fact]
    public async Task FieldsLeftOutOfAProfileKeepTheirDefaults()
    {
        using var put = await _fixture.Client.PutAsync("_admin/faults/whatsapp", Json("""{"errors":{"timeout":0.25}}"""));
        using var nullLatency = await _fixture.Client.PutAsync("_admin/faults/whatsapp", Json("""{"latency":null}"""));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, nullLatency.StatusCode);
        var faults = _fixture.State.GetFaults(EmulatedProvider.WhatsApp);
        Assert.Equal(0.25, faults.Errors.Timeout);
        Assert.True(faults.RateLimits);
        Assert.Equal(Faults.LatencyDistribution.None, faults.Latency.Distribution);
    }

    [Fact]
    public async Task HundredTelegramUsersCostOneListCallAsTheCountersShow()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"telegram/1/applications/{_fixture.Options.Telegram.ApplicationKey}/users?limit=100");
        request.Headers.Authorization = new AuthenticationHeaderValue("App", _fixture.Options.Telegram.ApiKey);
        using var list = await _fixture.Client.SendAsync(request);

        using var response = await _fixture.Client.GetAsync("_admin/counters/telegram");
        var counters = await JsonBody.ReadAsync(response);
        var listCounter = counters.GetProperty("users.list");
        Assert.Equal(1, listCounter.GetProperty("requests").GetInt64());
        Assert.Equal(1, listCounter.GetProperty("batchSizes").GetProperty("100").GetInt64());
        Assert.Equal(1, listCounter.GetProperty("outcomes").GetProperty("200").GetInt64());
        Assert.False(counters.TryGetProperty("users.get", out _));
    }

    [Fact]
    public async Task CountersAreResettableThroughTheApi()
    {
        await SlackStatusAsync();
        using (var all = await _fixture.Client.GetAsync("_admin/counters"))
        {
            var body = await JsonBody.ReadAsync(all);
            Assert.Equal(["slack", "telegram", "whatsapp", "nandbox"], JsonBody.Names(body));
            Assert.Equal(1, body.GetProperty("slack").GetProperty("users.profile.get").GetProperty("requests").GetInt64());
        }

        using var delete = await _fixture.Client.DeleteAsync("_admin/counters/slack");
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(0, _fixture.State.Counters.Get(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet).Requests);
    }

    [Fact]
    public async Task ResetRestoresEverything()
    {
        _fixture.State.SetFaults(EmulatedProvider.WhatsApp, new Faults.FaultProfile { Errors = new Faults.ErrorRates { ServerError = 1 } });
        await SlackStatusAsync();

        using var reset = await _fixture.Client.PostAsync("_admin/reset", null);

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(0, _fixture.State.GetFaults(EmulatedProvider.WhatsApp).Errors.ServerError);
        Assert.Equal(0, _fixture.State.Counters.Get(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet).Requests);
        using var faults = await _fixture.Client.GetAsync("_admin/faults");
        AssertNoSecrets(await faults.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_telegram_user_renames_through_the_api()
    {
        var key = _fixture.Dataset.TelegramUsers[9_000].Key;

        using var renamed = await _fixture.Client.PatchAsync($"_admin/telegram/users/{key}", Json("""{"firstName":"Ada","lastName":null,"username":"ada_l"}"""));
        using var unknown = await _fixture.Client.PatchAsync("_admin/telegram/users/no-such-key", Json("{}"));
        using var notJson = await _fixture.Client.PatchAsync($"_admin/telegram/users/{key}", Json("{"));
        using var unknownField = await _fixture.Client.PatchAsync($"_admin/telegram/users/{key}", Json("""{"phone":"+1"}"""));
        using var emptyName = await _fixture.Client.PatchAsync($"_admin/telegram/users/{key}", Json("""{"firstName":" "}"""));

        Assert.Equal(HttpStatusCode.NoContent, renamed.StatusCode);
        Assert.Equal(new ProfileGraph.Emulators.Telegram.TelegramUser(key, "Ada", null, "ada_l"), _fixture.Dataset.TelegramUsersByKey[key]);
        Assert.Equal("Ada", _fixture.Dataset.TelegramUsers[9_000].FirstName);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownField.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, emptyName.StatusCode);
        Assert.Equal("Ada", _fixture.Dataset.TelegramUsersByKey[key].FirstName);
    }

    private void AssertNoSecrets(string text)
    {
        var options = _fixture.Options;
        foreach (var secret in new[] { options.Slack.Token, options.Telegram.ApiKey, options.Telegram.BasicPassword, options.WhatsApp.ApiTokenInstance, options.Nandbox.Token })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    private static StringContent Json(string payload) => new(payload, Encoding.UTF8, "application/json");

    private async Task<HttpStatusCode> SlackStatusAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/users.profile.get");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _fixture.Options.Slack.Token);
        using var response = await _fixture.Client.SendAsync(request);
        return response.StatusCode;
    }
}
