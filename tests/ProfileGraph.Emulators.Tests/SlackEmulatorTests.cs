using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ProfileGraph.Emulators.Slack;
using ProfileGraph.Emulators.Tests.Infrastructure;

namespace ProfileGraph.Emulators.Tests;

public sealed class SlackEmulatorTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public SlackEmulatorTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Reset();
    }

    private string Token => _fixture.Options.Slack.Token;

    private SlackUser HumanWithFields => _fixture.Dataset.SlackUsers.First(user => !user.IsBot && !user.Deleted && user.Profile.Fields.Count >= 2);

    [Fact]
    public async Task ProfileGetWithBearerTokenReturnsTheRequestedProfile()
    {
        var user = HumanWithFields;
        var (status, body) = await GetAsync($"api/users.profile.get?user={user.Id}", Token);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("ok").GetBoolean());
        var profile = body.GetProperty("profile");
        Assert.Equal(user.Profile.RealName, profile.GetProperty("real_name").GetString());
        Assert.Equal(user.Profile.RealNameNormalized, profile.GetProperty("real_name_normalized").GetString());
        Assert.Equal(user.Profile.DisplayName, profile.GetProperty("display_name").GetString());
        Assert.Equal(user.Profile.Email, profile.GetProperty("email").GetString());
        Assert.Equal(user.Profile.Image512, profile.GetProperty("image_512").GetString());
        Assert.Equal(_fixture.Dataset.SlackTeamId, profile.GetProperty("team").GetString());
        var fields = profile.GetProperty("fields");
        Assert.Equal(user.Profile.Fields.Keys.Order(), JsonBody.Names(fields).Order());
        foreach (var field in fields.EnumerateObject())
        {
            Assert.Equal(["value", "alt"], JsonBody.Names(field.Value));
            Assert.Equal(user.Profile.Fields[field.Name].Value, field.Value.GetProperty("value").GetString());
        }
    }

    [Fact]
    public async Task IncludeLabelsAddsEachFieldsLabel()
    {
        var user = HumanWithFields;
        var (_, body) = await GetAsync($"api/users.profile.get?user={user.Id}&include_labels=true", Token);

        foreach (var field in body.GetProperty("profile").GetProperty("fields").EnumerateObject())
        {
            Assert.Equal(_fixture.Dataset.SlackFieldLabels[field.Name], field.Value.GetProperty("label").GetString());
        }
    }

    [Fact]
    public async Task PostWithTokenInTheFormBodyWorks()
    {
        var user = HumanWithFields;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = Token, ["user"] = user.Id });
        var (status, body) = await SendAsync(HttpMethod.Post, "api/users.profile.get", content, token: null);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("ok").GetBoolean());
        Assert.Equal(user.Profile.RealName, body.GetProperty("profile").GetProperty("real_name").GetString());
    }

    [Fact]
    public async Task WithoutUserTheTokenOwnersProfileIsReturned()
    {
        var owner = _fixture.Dataset.SlackUsers.First(user => !user.IsBot && !user.Deleted);
        var (_, body) = await GetAsync("api/users.profile.get", Token);

        Assert.Equal(owner.Profile.Email, body.GetProperty("profile").GetProperty("email").GetString());
    }

    [Fact]
    public async Task BotProfilesCarryAlwaysActiveAndNoEmail()
    {
        var bot = _fixture.Dataset.SlackUsers.First(user => user.IsBot);
        var (_, body) = await GetAsync($"api/users.profile.get?user={bot.Id}", Token);

        var profile = body.GetProperty("profile");
        Assert.Equal(bot.Profile.AlwaysActive, profile.GetProperty("always_active").GetBoolean());
        Assert.Equal(bot.Profile.BotId, profile.GetProperty("bot_id").GetString());
        Assert.False(profile.TryGetProperty("email", out _));
    }

    [Theory]
    [InlineData(null, "not_authed")]
    [InlineData("xoxb-not-a-real-token", "invalid_auth")]
    [InlineData("xoxb-profilegraph-emulator-inactive", "account_inactive")]
    public async Task AuthenticationErrorsAreHttp200WithOkFalse(string? token, string error)
    {
        var (status, body) = await GetAsync($"api/users.profile.get?user={HumanWithFields.Id}", token);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["ok", "error"], JsonBody.Names(body));
        Assert.False(body.GetProperty("ok").GetBoolean());
        Assert.Equal(error, body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task TokenInTheQueryStringIsNotAccepted()
    {
        var (_, body) = await GetAsync($"api/users.profile.get?token={Token}", token: null);

        Assert.Equal("not_authed", body.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("users.profile.get", "users.profile:read")]
    [InlineData("users.info", "users:read")]
    public async Task TokenWithoutTheScopeGetsMissingScopeWithNeededAndProvided(string method, string needed)
    {
        var (_, body) = await GetAsync($"api/{method}?user={HumanWithFields.Id}", _fixture.Options.Slack.LimitedScopeToken);

        Assert.Equal("missing_scope", body.GetProperty("error").GetString());
        Assert.Equal(needed, body.GetProperty("needed").GetString());
        Assert.Equal("chat:write", body.GetProperty("provided").GetString());
    }

    [Theory]
    [InlineData("users.profile.get?user=U0NOSUCHUSER")]
    [InlineData("users.info?user=U0NOSUCHUSER")]
    [InlineData("users.info")]
    public async Task UnknownUserIsUserNotFound(string pathAndQuery)
    {
        var (status, body) = await GetAsync($"api/{pathAndQuery}", Token);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("user_not_found", body.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", "user=U1&bad-name=1", "invalid_arg_name")]
    [InlineData("application/x-www-form-urlencoded", "user=U1&fields[7]=1", "invalid_array_arg")]
    [InlineData("application/x-www-form-urlencoded", "user=%zz", "invalid_form_data")]
    [InlineData("application/json", "{\"user\":\"U1\"}", "invalid_post_type")]
    [InlineData("text/plain; charset=utf-16", "user=U1", "invalid_charset")]
    public async Task MalformedPostsGetTheDocumentedErrors(string contentType, string payload, string error)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(payload));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var (status, body) = await SendAsync(HttpMethod.Post, "api/users.profile.get", content, Token);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(error, body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task PostWithABodyButNoContentTypeIsMissingPostType()
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("user=U1"));
        var (_, body) = await SendAsync(HttpMethod.Post, "api/users.profile.get", content, Token);

        Assert.Equal("missing_post_type", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task TextPlainWithoutCharsetWarnsMissingCharset()
    {
        var user = HumanWithFields;
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes($"user={user.Id}"));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/plain");
        var (_, body) = await SendAsync(HttpMethod.Post, "api/users.profile.get", content, Token);

        Assert.True(body.GetProperty("ok").GetBoolean());
        Assert.Equal(user.Profile.RealName, body.GetProperty("profile").GetProperty("real_name").GetString());
        Assert.Equal("missing_charset", body.GetProperty("warning").GetString());
        Assert.Equal(["missing_charset"], body.GetProperty("response_metadata").GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
    }

    [Fact]
    public async Task MultipartWithCharsetWarnsSuperfluousCharset()
    {
        var user = HumanWithFields;
        using var content = new MultipartFormDataContent { { new StringContent(user.Id), "user" } };
        content.Headers.ContentType!.CharSet = "utf-8";
        var (_, body) = await SendAsync(HttpMethod.Post, "api/users.profile.get", content, Token);

        Assert.True(body.GetProperty("ok").GetBoolean());
        Assert.Equal(user.Profile.Email, body.GetProperty("profile").GetProperty("email").GetString());
        Assert.Equal("superfluous_charset", body.GetProperty("warning").GetString());
    }

    [Fact]
    public async Task UsersInfoReturnsTheUserObject()
    {
        var deleted = _fixture.Dataset.SlackUsers.First(user => user.Deleted && !user.IsBot);
        var (status, body) = await GetAsync($"api/users.info?user={deleted.Id}", Token);

        Assert.Equal(HttpStatusCode.OK, status);
        var user = body.GetProperty("user");
        Assert.Equal(deleted.Id, user.GetProperty("id").GetString());
        Assert.Equal(deleted.Name, user.GetProperty("name").GetString());
        Assert.True(user.GetProperty("deleted").GetBoolean());
        Assert.False(user.GetProperty("is_bot").GetBoolean());
        Assert.Equal(deleted.Tz, user.GetProperty("tz").GetString());
        Assert.Equal(deleted.TzOffset, user.GetProperty("tz_offset").GetInt32());
        Assert.Equal(deleted.Profile.Email, user.GetProperty("profile").GetProperty("email").GetString());
    }

    [Fact]
    public async Task CountersCountRequestsKeysAndBatches()
    {
        var user = HumanWithFields;
        for (var i = 0; i < 3; i++)
        {
            await GetAsync($"api/users.profile.get?user={user.Id}", Token);
        }

        await GetAsync("api/users.profile.get?user=U0NOSUCHUSER", Token);
        await GetAsync("api/users.profile.get", token: null);

        var counter = _fixture.State.Counters.Get(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet);
        Assert.Equal(5, counter.Requests);
        Assert.Equal(4, counter.Keys);
        Assert.Equal(3, counter.BatchesOfSize(1));
        Assert.Equal(5, counter.OutcomeCount("200"));
        Assert.Equal(0, _fixture.State.Counters.Get(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersInfo).Requests);
    }

    private Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string pathAndQuery, string? token) =>
        SendAsync(HttpMethod.Get, pathAndQuery, content: null, token);

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string pathAndQuery, HttpContent? content, string? token)
    {
        using var request = new HttpRequestMessage(method, pathAndQuery) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await _fixture.Client.SendAsync(request);
        return (response.StatusCode, await JsonBody.ReadAsync(response));
    }
}
