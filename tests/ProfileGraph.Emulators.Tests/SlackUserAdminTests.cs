using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ProfileGraph.Emulators.Hosting;
using ProfileGraph.Emulators.Slack;
using ProfileGraph.Emulators.Tests.Infrastructure;

namespace ProfileGraph.Emulators.Tests;

/// <summary><c>PATCH /_admin/slack/users/{id}</c>: the change is served by users.profile.get and announced, signed, to the events URL.</summary>
public sealed class SlackUserAdminTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public SlackUserAdminTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Reset();
    }

    private SlackUser Human(int index) => _fixture.Dataset.SlackUsers.Where(user => !user.IsBot && !user.Deleted).ElementAt(index);

    [Fact]
    public async Task A_change_is_what_users_profile_get_and_users_info_answer_next()
    {
        var user = Human(0);
        using var patch = await PatchAsync(_fixture.Client, user.Id, """{"display_name":"Zoë Q","status_text":"on a train","status_emoji":":train:","title":"Chief Tester","phone":"+1 555 0100"}""");
        var answer = await JsonBody.ReadAsync(patch);

        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        Assert.Equal("Zoë Q", answer.GetProperty("user").GetProperty("profile").GetProperty("display_name").GetString());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("event").ValueKind);   // no events URL configured

        var profile = (await SlackAsync($"api/users.profile.get?user={user.Id}")).GetProperty("profile");
        Assert.Equal("Zoë Q", profile.GetProperty("display_name").GetString());
        Assert.Equal("Zoe Q", profile.GetProperty("display_name_normalized").GetString());
        Assert.Equal("on a train", profile.GetProperty("status_text").GetString());
        Assert.Equal(":train:", profile.GetProperty("status_emoji").GetString());
        Assert.Equal("Chief Tester", profile.GetProperty("title").GetString());
        Assert.Equal("+1 555 0100", profile.GetProperty("phone").GetString());
        Assert.Equal(user.Profile.RealName, profile.GetProperty("real_name").GetString());   // left out, kept

        var info = (await SlackAsync($"api/users.info?user={user.Id}")).GetProperty("user");
        Assert.Equal("Zoë Q", info.GetProperty("profile").GetProperty("display_name").GetString());
        Assert.True(info.GetProperty("updated").GetInt64() > user.Updated);

        // The seeded data set, shared by every host of the seed, is untouched.
        Assert.NotEqual("Zoë Q", _fixture.Dataset.SlackUsersById[user.Id].Profile.DisplayName);
    }

    [Fact]
    public async Task Reset_brings_the_seeded_user_back()
    {
        var user = Human(2);
        using var patch = await PatchAsync(_fixture.Client, user.Id, """{"title":"Temporary"}""");
        Assert.Equal("Temporary", _fixture.State.SlackUsers.Find(user.Id)!.Profile.Title);

        using var reset = await _fixture.Client.PostAsync("_admin/reset", null);

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Same(_fixture.Dataset.SlackUsersById[user.Id], _fixture.State.SlackUsers.Find(user.Id));
    }

    [Theory]
    [InlineData("not json", "invalid user change")]
    [InlineData("[1,2]", "invalid user change")]
    [InlineData("{}", "give at least one of")]
    [InlineData("""{"display_name":42}""", "invalid user change")]
    [InlineData("""{"email":"x@example.com"}""", "invalid user change")]
    [InlineData("""{"status_emoji":"train"}""", "status_emoji must look like :name:")]
    [InlineData("""{"title":"a\nb"}""", "title contains control characters")]
    public async Task A_body_that_is_not_a_valid_change_is_400_and_changes_nothing(string body, string error)
    {
        var user = Human(1);
        using var patch = await PatchAsync(_fixture.Client, user.Id, body);

        Assert.Equal(HttpStatusCode.BadRequest, patch.StatusCode);
        Assert.StartsWith(error, (await JsonBody.ReadAsync(patch)).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Same(_fixture.Dataset.SlackUsersById[user.Id], _fixture.State.SlackUsers.Find(user.Id));
    }

    [Fact]
    public async Task A_field_longer_than_slack_allows_is_400()
    {
        using var patch = await PatchAsync(_fixture.Client, Human(1).Id, JsonSerializer.Serialize(new Dictionary<string, string> { ["status_text"] = new('x', SlackUserChange.MaxLength + 1) }));

        Assert.Equal(HttpStatusCode.BadRequest, patch.StatusCode);
        Assert.Equal("status_text is longer than 100 characters", (await JsonBody.ReadAsync(patch)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task An_unknown_user_is_404()
    {
        using var patch = await PatchAsync(_fixture.Client, "UNOSUCHUSER", """{"title":"x"}""");

        Assert.Equal(HttpStatusCode.NotFound, patch.StatusCode);
        Assert.Equal("no Slack user 'UNOSUCHUSER'", (await JsonBody.ReadAsync(patch)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task With_an_events_url_a_signed_user_change_event_callback_is_posted_there()
    {
        using var receiver = new HttpListener();
        var port = FreePort();
        receiver.Prefixes.Add($"http://127.0.0.1:{port}/");
        receiver.Start();
        await using var host = await EmulatorHost.StartAsync(options => options.Slack.EventsUrl = new Uri($"http://127.0.0.1:{port}/slack/events"));
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        var user = host.State.Dataset.SlackUsers.First(candidate => !candidate.IsBot && !candidate.Deleted);

        var received = ReceiveOneAsync(receiver);
        using var patch = await PatchAsync(client, user.Id, """{"real_name":"Ada Lovelace"}""");
        var (path, headers, body) = await received;

        Assert.Equal(200, (await JsonBody.ReadAsync(patch)).GetProperty("event").GetProperty("status").GetInt32());
        Assert.Equal("/slack/events", path);

        // Signed as Slack documents it: v0= and the hex HMAC-SHA256 of "v0:{timestamp}:{body}" with the signing secret.
        var timestamp = headers["X-Slack-Request-Timestamp"]!;
        Assert.InRange(long.Parse(timestamp, CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
        var expected = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(host.State.Options.Slack.SigningSecret), Encoding.UTF8.GetBytes($"v0:{timestamp}:").Concat(body).ToArray()));
        Assert.Equal(expected, headers["X-Slack-Signature"]);

        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        Assert.Equal("event_callback", root.GetProperty("type").GetString());
        Assert.Equal(host.State.Dataset.SlackTeamId, root.GetProperty("team_id").GetString());
        Assert.Equal(host.State.Options.Slack.ApiAppId, root.GetProperty("api_app_id").GetString());
        Assert.StartsWith("Ev", root.GetProperty("event_id").GetString(), StringComparison.Ordinal);
        Assert.Equal(long.Parse(timestamp, CultureInfo.InvariantCulture), root.GetProperty("event_time").GetInt64());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("token").GetString()));
        var @event = root.GetProperty("event");
        Assert.Equal("user_change", @event.GetProperty("type").GetString());
        Assert.Matches(@"^\d+\.\d{6}$", @event.GetProperty("event_ts").GetString());
        Assert.Equal(user.Id, @event.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal("Ada Lovelace", @event.GetProperty("user").GetProperty("profile").GetProperty("real_name").GetString());
    }

    [Fact]
    public async Task An_events_url_that_does_not_answer_is_reported_and_the_change_still_made()
    {
        await using var host = await EmulatorHost.StartAsync(options => options.Slack.EventsUrl = new Uri($"http://127.0.0.1:{FreePort()}/slack/events"));
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        var user = host.State.Dataset.SlackUsers[0];

        using var patch = await PatchAsync(client, user.Id, """{"title":"Nobody listens"}""");
        var delivery = (await JsonBody.ReadAsync(patch)).GetProperty("event");

        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        Assert.Equal(JsonValueKind.Null, delivery.GetProperty("status").ValueKind);
        Assert.False(string.IsNullOrEmpty(delivery.GetProperty("error").GetString()));
        Assert.Equal("Nobody listens", host.State.SlackUsers.Find(user.Id)!.Profile.Title);
    }

    private static async Task<(string Path, System.Collections.Specialized.NameValueCollection Headers, byte[] Body)> ReceiveOneAsync(HttpListener receiver)
    {
        var context = await receiver.GetContextAsync();
        using var body = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(body);
        var answer = (context.Request.Url!.AbsolutePath, context.Request.Headers, body.ToArray());
        context.Response.StatusCode = 200;
        context.Response.Close();
        return answer;
    }

    private static Task<HttpResponseMessage> PatchAsync(HttpClient client, string id, string body) =>
        client.PatchAsync($"_admin/slack/users/{id}", new StringContent(body, Encoding.UTF8, "application/json"));

    private async Task<JsonElement> SlackAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _fixture.Options.Slack.Token);
        using var response = await _fixture.Client.SendAsync(request);
        return await JsonBody.ReadAsync(response);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
