using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ProfileGraph.Emulators.Tests.Infrastructure;

namespace ProfileGraph.Emulators.Tests;

public sealed class TelegramEmulatorTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public TelegramEmulatorTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Reset();
    }

    private string UsersPath => $"telegram/1/applications/{_fixture.Options.Telegram.ApplicationKey}/users";

    private AuthenticationHeaderValue AppAuth => new("App", _fixture.Options.Telegram.ApiKey);

    [Fact]
    public async Task ListReturnsUsersInDatasetOrderUpToTheLimit()
    {
        var (status, body) = await GetAsync($"{UsersPath}?limit=100", AppAuth);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["users"], JsonBody.Names(body));
        var users = body.GetProperty("users").EnumerateArray().ToList();
        Assert.Equal(100, users.Count);
        for (var i = 0; i < users.Count; i++)
        {
            var expected = _fixture.Dataset.TelegramUsers[i];
            Assert.Equal(expected.Key, users[i].GetProperty("key").GetString());
            Assert.Equal(expected.FirstName, users[i].GetProperty("firstName").GetString());
            Assert.Equal(expected.LastName, users[i].TryGetProperty("lastName", out var lastName) ? lastName.GetString() : null);
            Assert.Equal(expected.Username, users[i].TryGetProperty("username", out var username) ? username.GetString() : null);
        }
    }

    [Fact]
    public async Task ListWithoutLimitReturnsAllTenThousandInOneCall()
    {
        var (_, body) = await GetAsync(UsersPath, AppAuth);

        Assert.Equal(10_000, body.GetProperty("users").GetArrayLength());
        var counter = _fixture.State.Counters.Get(EmulatedProvider.Telegram, EmulatedEndpoints.TelegramListUsers);
        Assert.Equal(1, counter.Requests);
        Assert.Equal(1, counter.BatchesOfSize(10_000));
    }

    [Fact]
    public async Task OptionalFieldsAreLeftOutRatherThanNull()
    {
        var user = _fixture.Dataset.TelegramUsers.First(u => u.LastName is null && u.Username is null);
        var (status, body) = await GetAsync($"{UsersPath}/{user.Key}", AppAuth);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["key", "firstName"], JsonBody.Names(body));
    }

    [Fact]
    public async Task SingleUserWithBasicAuthMatchesTheDataset()
    {
        var user = _fixture.Dataset.TelegramUsers.First(u => u.LastName is not null && u.Username is not null);
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_fixture.Options.Telegram.BasicUsername}:{_fixture.Options.Telegram.BasicPassword}"));
        var (status, body) = await GetAsync($"{UsersPath}/{user.Key}", new AuthenticationHeaderValue("Basic", basic));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["key", "firstName", "lastName", "username"], JsonBody.Names(body));
        Assert.Equal(user.Username, body.GetProperty("username").GetString());
    }

    [Fact]
    public async Task TheDocumentationsOwnBasicExampleIsAccepted()
    {
        var (status, _) = await GetAsync($"{UsersPath}?limit=1", new AuthenticationHeaderValue("Basic", "QWxhZGRpbjpvcGVuIHNlc2FtZQ=="));

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("App", "wrong-key")]
    [InlineData("Basic", "bm9ib2R5Om5vdGhpbmc=")]
    [InlineData("Bearer", "profilegraph-emulator-infobip-key")]
    public async Task BadOrMissingCredentialsAre401WithServiceException(string? scheme, string? value)
    {
        var (status, body) = await GetAsync(UsersPath, scheme is null ? null : new AuthenticationHeaderValue(scheme, value));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        AssertServiceException(body, "UNAUTHORIZED", "Invalid login details");
    }

    [Fact]
    public async Task UnknownUserIs404()
    {
        var (status, body) = await GetAsync($"{UsersPath}/aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa", AppAuth);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("NOT_FOUND", body.GetProperty("requestError").GetProperty("serviceException").GetProperty("messageId").GetString());
    }

    [Fact]
    public async Task UnknownApplicationIs404()
    {
        var (status, body) = await GetAsync("telegram/1/applications/0000/users", AppAuth);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("NOT_FOUND", body.GetProperty("requestError").GetProperty("serviceException").GetProperty("messageId").GetString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10001")]
    [InlineData("ten")]
    public async Task LimitOutsideOneToTenThousandIs400WithValidationErrors(string limit)
    {
        var (status, body) = await GetAsync($"{UsersPath}?limit={limit}", AppAuth);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var exception = AssertServiceException(body, "BAD_REQUEST", "Bad request");
        Assert.Equal(1, exception.GetProperty("validationErrors").GetProperty("limit").GetArrayLength());
    }

    private static JsonElement AssertServiceException(JsonElement body, string messageId, string text)
    {
        Assert.Equal(["requestError"], JsonBody.Names(body));
        var exception = body.GetProperty("requestError").GetProperty("serviceException");
        Assert.Equal(messageId, exception.GetProperty("messageId").GetString());
        Assert.Equal(text, exception.GetProperty("text").GetString());
        return exception;
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string pathAndQuery, AuthenticationHeaderValue? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.Authorization = authorization;
        using var response = await _fixture.Client.SendAsync(request);
        return (response.StatusCode, await JsonBody.ReadAsync(response));
    }
}
