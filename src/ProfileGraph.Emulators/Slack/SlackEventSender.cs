using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using ProfileGraph.Emulators.Json;

namespace ProfileGraph.Emulators.Slack;

/// <summary>
/// Sends events to the app's request URL as Slack does: a JSON <c>event_callback</c> signed with the app's signing
/// secret (<c>X-Slack-Signature: v0=</c> hex HMAC-SHA256 of <c>v0:{timestamp}:{body}</c>, and
/// <c>X-Slack-Request-Timestamp</c>). One attempt: Slack's retries are not emulated.
/// </summary>
internal static class SlackEventSender
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
    {
        Timeout = TimeSpan.FromSeconds(5),   // Slack waits 3 s for an answer; a little more for a busy test machine
    };

    /// <summary>Announces <paramref name="user"/>'s change to <see cref="SlackEmulatorOptions.EventsUrl"/>; null when none is set.</summary>
    public static async Task<SlackEventDelivery?> SendUserChangeAsync(EmulatorState state, SlackUser user, CancellationToken cancellationToken)
    {
        var options = state.Options.Slack;
        if (options.EventsUrl is not { } url)
        {
            return null;
        }

        var now = state.Clock.GetUtcNow();
        var seconds = now.ToUnixTimeSeconds();
        var body = EmulatorJson.Serialize(
            new SlackEventCallback
            {
                Token = "profilegraph-emulator-verification-token",
                TeamId = state.Dataset.SlackTeamId,
                ApiAppId = options.ApiAppId,
                Event = new SlackUserChangeEvent
                {
                    User = user,
                    CacheTs = seconds,
                    EventTs = string.Create(CultureInfo.InvariantCulture, $"{seconds}.{now.Ticks / 10 % 1_000_000:D6}"),
                },
                EventId = "Ev" + Convert.ToHexString(RandomNumberGenerator.GetBytes(5)),
                EventTime = seconds,
            },
            EmulatorJson.Context.SlackEventCallback);

        var timestamp = seconds.ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        byte[] signed = [.. Encoding.UTF8.GetBytes($"v0:{timestamp}:"), .. body];
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.SigningSecret), signed)));
        try
        {
            using var response = await Http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return new SlackEventDelivery(url, (int)response.StatusCode);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return new SlackEventDelivery(url, null, exception.Message);
        }
    }
}
