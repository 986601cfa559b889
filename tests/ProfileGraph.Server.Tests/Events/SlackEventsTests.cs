using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ProfileGraph.Emulators;
using ProfileGraph.Emulators.Hosting;
using ProfileGraph.Providers;
using ProfileGraph.Server.Events;
using ProfileGraph.Server.Graph.Users;
using ProfileGraph.Server.Tests.Integration;

namespace ProfileGraph.Server.Tests.Events;

/// <summary>
/// <c>POST /slack/events</c> on the service as it runs by default (embedded emulators, the signing secret shared with
/// them), over HTTP: Slack's request signing, replay refusal, url_verification, and user changes into the feed.
/// </summary>
public sealed class SlackEventsTests : IClassFixture<SlackEventsTests.Server>
{
    private readonly ProfileGraphServer _server;

    public SlackEventsTests(Server server)
    {
        _server = server.Instance;
    }

    private ProfileChangeFeed Feed => _server.Services.GetRequiredService<ProfileChangeFeed>();

    [Fact]
    public async Task Url_verification_is_answered_with_its_challenge()
    {
        using var client = _server.CreateClient();
        using var request = SlackSignedRequests.Create("""{"token":"XXYYZZ","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", body.GetProperty("challenge").GetString());
    }

    [Fact]
    public async Task A_signed_user_change_publishes_one_change_for_that_slack_user()
    {
        await using var feed = new FeedReader(Feed);
        var userId = _server.Dataset.SlackUsers[5].Id;

        using var response = await SendAsync(SlackSignedRequests.Create(SlackSignedRequests.UserChange(userId)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var change = await feed.NextAsync();
        Assert.Equal(new UserRef(Provider.Slack, userId), change.User);
        Assert.Equal("slack-events", change.Source);
        Assert.InRange(change.At, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        await AssertNothingElsePublishedAsync(feed);
    }

    [Fact]
    public async Task A_user_profile_changed_event_publishes_too_and_other_events_are_acknowledged_only()
    {
        await using var feed = new FeedReader(Feed);
        var userId = _server.Dataset.SlackUsers[6].Id;

        using var other = await SendAsync(SlackSignedRequests.Create(SlackSignedRequests.UserChange(userId, type: "team_join")));
        using var profileChanged = await SendAsync(SlackSignedRequests.Create(SlackSignedRequests.UserChange(userId, type: "user_profile_changed")));

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, profileChanged.StatusCode);
        Assert.Equal(userId, (await feed.NextAsync()).User.Id);
        await AssertNothingElsePublishedAsync(feed);
    }

    public static TheoryData<string> Refusals => ["wrong secret", "one character off", "old timestamp", "future timestamp", "no signature", "no timestamp", "malformed signature", "body changed"];

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_request_that_is_not_slacks_is_401_with_the_reason_and_publishes_nothing(string refusal)
    {
        await using var feed = new FeedReader(Feed);
        var body = SlackSignedRequests.UserChange(_server.Dataset.SlackUsers[7].Id);
        var now = SlackSignedRequests.Now();
        var valid = SlackSignedRequests.Signature(SlackSignedRequests.Secret, now, body);
        using var request = refusal switch
        {
            "wrong secret" => SlackSignedRequests.Create(body, secret: "not-the-signing-secret"),
            "one character off" => SlackSignedRequests.Create(body, now, signature: valid[..^1] + (valid[^1] == '0' ? '1' : '0')),
            "old timestamp" => SlackSignedRequests.Create(body, Seconds(DateTimeOffset.UtcNow.AddMinutes(-5).AddSeconds(-10))),
            "future timestamp" => SlackSignedRequests.Create(body, Seconds(DateTimeOffset.UtcNow.AddMinutes(5).AddSeconds(10))),
            "malformed signature" => SlackSignedRequests.Create(body, now, signature: "v1=" + valid[3..]),
            "body changed" => WithBody(SlackSignedRequests.Create(body, now, signature: valid), body.Replace("user_change", "user_chang3", StringComparison.Ordinal)),
            _ => SlackSignedRequests.Create(body),
        };
        if (refusal == "no signature")
        {
            request.Headers.Remove("X-Slack-Signature");
        }
        else if (refusal == "no timestamp")
        {
            request.Headers.Remove("X-Slack-Request-Timestamp");
        }

        using var response = await SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(text).RootElement.GetProperty("error").GetString()));
        Assert.DoesNotContain(SlackSignedRequests.Secret, text, StringComparison.Ordinal);
        await AssertNothingElsePublishedAsync(feed);
    }

    [Fact]
    public async Task A_replay_of_an_accepted_request_is_401_and_publishes_nothing_more()
    {
        await using var feed = new FeedReader(Feed);
        var userId = _server.Dataset.SlackUsers[8].Id;
        var body = SlackSignedRequests.UserChange(userId);
        var timestamp = SlackSignedRequests.Now();

        var signature = SlackSignedRequests.Signature(SlackSignedRequests.Secret, timestamp, body);

        using var first = await SendAsync(SlackSignedRequests.Create(body, timestamp));
        using var replay = await SendAsync(SlackSignedRequests.Create(body, timestamp));
        using var upperCase = await SendAsync(SlackSignedRequests.Create(body, timestamp, signature: "v0=" + signature[3..].ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, upperCase.StatusCode);
        Assert.Contains("replay", (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(userId, (await feed.NextAsync()).User.Id);
        await AssertNothingElsePublishedAsync(feed);
    }

    [Fact]
    public async Task A_signed_body_that_is_not_json_is_400()
    {
        using var response = await SendAsync(SlackSignedRequests.Create("token=x&type=event_callback"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_signing_secret_is_never_logged()
    {
        using var response = await SendAsync(SlackSignedRequests.Create(SlackSignedRequests.UserChange(_server.Dataset.SlackUsers[9].Id)));

        Assert.DoesNotContain(_server.Logs.Entries, entry => entry.Message.Contains(SlackSignedRequests.Secret, StringComparison.Ordinal));
    }

    private Task AssertNothingElsePublishedAsync(FeedReader feed) => ProfileChangeFeedTests.AssertNextIsMarkerAsync(_server, feed);

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var client = _server.CreateClient();
            return await client.SendAsync(request);
        }
    }

    private static string Seconds(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static HttpRequestMessage WithBody(HttpRequestMessage request, string body)
    {
        request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        return request;
    }

    /// <summary>One service for the class, with the profile cache on as by default.</summary>
    public sealed class Server : IAsyncLifetime
    {
        public ProfileGraphServer Instance { get; } = ProfileGraphServer.WithCache();

        public Task InitializeAsync() => Instance.InitializeAsync();

        public Task DisposeAsync() => Instance.DisposeAsync();
    }
}
