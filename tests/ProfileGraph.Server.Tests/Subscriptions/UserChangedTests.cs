using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ProfileGraph.Server.Events;
using ProfileGraph.Server.Tests.Integration;

namespace ProfileGraph.Server.Tests.Subscriptions;

/// <summary>
/// <c>userChanged</c> for a provider that pushes nothing (Telegram through Infobip): the refresher reads the subscribed
/// users through the graph, and a subscriber hears a user once when the emulator's user really changed, never for a
/// read that finds the same profile.
/// </summary>
public sealed class UserChangedTests
{
    [Fact]
    public async Task A_subscriber_hears_a_telegram_user_rename_once()
    {
        // The background rounds are an hour apart: the test runs the rounds itself.
        await using var server = new ProfileGraphServer(new Dictionary<string, string?> { ["Subscriptions:Refresh:Interval"] = "01:00:00" });
        await server.InitializeAsync();
        var user = server.Dataset.TelegramUsers[7];
        await using var client = await GraphQLWebSocketClient.ConnectAsync(server.Address);
        await client.InitAsync();
        await client.SendAsync(new
        {
            id = "changes",
            type = "subscribe",
            payload = new { query = "subscription($refs: [UserRef!]!) { userChanged(refs: $refs) { providerId displayName } }", variables = new { refs = new[] { new { provider = "TELEGRAM", id = user.Key } } } },
        });

        var subscribed = server.Services.GetRequiredService<SubscribedUsers>();
        for (var waited = 0; waited < 100 && subscribed.Snapshot().Count == 0; waited++)
        {
            await Task.Delay(50);
        }

        var refresher = server.Services.GetRequiredService<ProfileRefresher>();
        Assert.Equal(0, await refresher.RefreshAsync(CancellationToken.None));
        Assert.Equal(0, await refresher.RefreshAsync(CancellationToken.None));

        // The person renames themselves (the emulator's admin API); the next round finds it, once.
        using var admin = new HttpClient { BaseAddress = server.Emulators.BaseAddress };
        using var change = await admin.PatchAsync($"_admin/telegram/users/{user.Key}", new StringContent("{\"firstName\":\"Renamed\",\"lastName\":\"Person\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);
        Assert.Equal(1, await refresher.RefreshAsync(CancellationToken.None));
        Assert.Equal(0, await refresher.RefreshAsync(CancellationToken.None));

        var next = (await client.ReceiveAsync())!.Value;
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal($"{{\"providerId\":\"{user.Key}\",\"displayName\":\"Renamed Person\"}}", next.GetProperty("payload").GetProperty("data").GetProperty("userChanged").GetRawText());

        // Unsubscribed, the user is no longer read.
        await client.SendAsync(new { id = "changes", type = "complete" });
        for (var waited = 0; waited < 100 && subscribed.Snapshot().Count > 0; waited++)
        {
            await Task.Delay(50);
        }

        Assert.Empty(subscribed.Snapshot());
    }

    [Fact]
    public async Task A_subscription_to_no_users_or_too_many_is_refused()
    {
        await using var server = new ProfileGraphServer();
        await server.InitializeAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAsync(server.Address);
        await client.InitAsync();

        await client.SendAsync(new { id = "none", type = "subscribe", payload = new { query = "subscription { userChanged(refs: []) { id } }" } });
        var refused = (await client.ReceiveAsync())!.Value;
        Assert.Equal("error", refused.GetProperty("type").GetString());
        Assert.Equal("BAD_USER_INPUT", refused.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
