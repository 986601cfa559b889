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

/// <summary>The change feed in the running service: where changes come from (the emulator's admin API, zero configuration) and how they reach subscribers.</summary>
public sealed class ProfileChangeFeedTests
{
    private const string Query = "query($id: ID!) { user(provider: SLACK, id: $id) { displayName } }";

    [Fact]
    public async Task A_user_changed_through_the_emulator_reaches_the_feed_once_and_the_next_read_is_fresh()
    {
        await using var server = ProfileGraphServer.WithCache();
        await server.InitializeAsync();
        var user = server.Dataset.SlackUsers.First(candidate => !candidate.IsBot && !candidate.Deleted);
        var before = await DisplayNameAsync(server, user.Id);
        Assert.Equal(before, await DisplayNameAsync(server, user.Id));   // the second read is the cache's
        Assert.Equal(1, server.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet).Requests);
        await using var feed = new FeedReader(server.Services.GetRequiredService<ProfileChangeFeed>());

        using var admin = new HttpClient { BaseAddress = server.Emulators.BaseAddress };
        using var patch = await admin.PatchAsync($"_admin/slack/users/{user.Id}", new StringContent("""{"display_name":"Renamed Rita","real_name":"Rita Renamed"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        Assert.Equal(200, (await patch.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("event").GetProperty("status").GetInt32());
        var change = await feed.NextAsync();
        Assert.Equal(new UserRef(Provider.Slack, user.Id), change.User);
        Assert.Equal("slack-events", change.Source);
        await AssertNextIsMarkerAsync(server, feed);

        Assert.Equal("Renamed Rita", await DisplayNameAsync(server, user.Id));
        Assert.Equal(2, server.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet).Requests);
    }

    [Fact]
    public async Task The_embedded_emulator_signs_with_a_signing_secret_the_service_was_given()
    {
        await using var server = new ProfileGraphServer(new Dictionary<string, string?> { ["Providers:Slack:SigningSecret"] = "a-secret-of-our-own" });
        await server.InitializeAsync();
        await using var feed = new FeedReader(server.Services.GetRequiredService<ProfileChangeFeed>());
        var user = server.Dataset.SlackUsers[1];
        using var client = server.CreateClient();

        using var defaultSecret = await client.SendAsync(SlackSignedRequests.Create(SlackSignedRequests.UserChange(user.Id)));
        using var admin = new HttpClient { BaseAddress = server.Emulators.BaseAddress };
        using var patch = await admin.PatchAsync($"_admin/slack/users/{user.Id}", new StringContent("""{"title":"Own secret"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, defaultSecret.StatusCode);
        Assert.Equal(200, (await patch.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("event").GetProperty("status").GetInt32());
        Assert.Equal(user.Id, (await feed.NextAsync()).User.Id);
    }

    [Fact]
    public async Task In_production_against_the_real_slack_without_a_signing_secret_the_endpoint_is_not_there()
    {
        await using var server = new ProfileGraphServer(new Dictionary<string, string?>
        {
            ["Providers:Slack:UseEmulator"] = "false",
            ["Providers:Slack:Token"] = "xoxb-not-a-real-token",
        });
        await server.InitializeAsync();
        using var client = server.CreateClient();

        using var response = await client.SendAsync(SlackSignedRequests.Create(SlackSignedRequests.UserChange("U123")));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(server.Logs.Entries, entry => entry.Message.Contains("Providers:Slack:SigningSecret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Slack_needs_no_api_key_where_clients_do_its_signature_is_its_credential()
    {
        await using var server = new ProfileGraphServer(new Dictionary<string, string?> { ["Clients:RequireKey"] = null });
        await server.InitializeAsync();
        using var client = server.CreateClient();

        using var events = await client.SendAsync(SlackSignedRequests.Create(SlackSignedRequests.UserChange(server.Dataset.SlackUsers[0].Id)));
        using var graphql = await client.PostAsync("graphql", JsonContent.Create(new { query = "{ __typename }" }));

        Assert.Equal(HttpStatusCode.OK, events.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, graphql.StatusCode);
    }

    [Fact]
    public async Task A_body_larger_than_a_slack_event_is_413_before_any_check()
    {
        await using var server = new ProfileGraphServer();
        await server.InitializeAsync();
        using var client = server.CreateClient();

        using var response = await client.SendAsync(SlackSignedRequests.Create(new string(' ', (1 << 20) + 1) + "{}"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_slow_subscriber_keeps_the_newest_changes_and_never_holds_the_publisher_up()
    {
        await using var server = new ProfileGraphServer();
        await server.InitializeAsync();
        var feed = server.Services.GetRequiredService<ProfileChangeFeed>();
        await using var slow = new FeedReader(feed);
        await using var other = new FeedReader(feed);
        var changes = Enumerable.Range(0, ProfileChangeFeed.SubscriberCapacity + 44)
            .Select(i => new ProfileChange(new UserRef(Provider.Telegram, $"user-{i}"), DateTimeOffset.UtcNow, "test")).ToList();

        foreach (var change in changes)
        {
            await feed.PublishAsync(change);   // completes although nobody reads
        }

        var kept = new List<ProfileChange>();
        for (var i = 0; i < ProfileChangeFeed.SubscriberCapacity; i++)
        {
            kept.Add(await slow.NextAsync());
        }

        Assert.Equal(changes[44..], kept);
        Assert.Equal(changes[44], await other.NextAsync());
        await AssertNextIsMarkerAsync(server, slow);
        Assert.Contains(server.Logs.Entries, entry => entry.Message.Contains("fell more than 256 changes behind", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_subscription_ends_when_its_token_is_cancelled_even_unread()
    {
        await using var server = new ProfileGraphServer();
        await server.InitializeAsync();
        var feed = server.Services.GetRequiredService<ProfileChangeFeed>();
        using var cancel = new CancellationTokenSource();

        var changes = feed.SubscribeAsync(cancel.Token);
        Assert.Equal(1, feed.SubscriberCount);
        await cancel.CancelAsync();

        Assert.Equal(0, feed.SubscriberCount);
        await using var enumerator = changes.GetAsyncEnumerator();
        Assert.False(await enumerator.MoveNextAsync());
    }

    internal static async Task AssertNextIsMarkerAsync(ProfileGraphServer server, FeedReader feed)
    {
        var marker = new ProfileChange(new UserRef(Provider.Nandbox, "marker-" + Guid.NewGuid().ToString("N")), DateTimeOffset.UtcNow, "test");
        await server.Services.GetRequiredService<ProfileChangeFeed>().PublishAsync(marker);
        Assert.Equal(marker, await feed.NextAsync());
    }

    internal static async Task<string?> DisplayNameAsync(ProfileGraphServer server, string id)
    {
        var answer = await server.QueryAsync(Query, new { id });
        Assert.False(answer.TryGetProperty("errors", out _), answer.GetRawText());
        return answer.GetProperty("data").GetProperty("user").GetProperty("displayName").GetString();
    }
}
