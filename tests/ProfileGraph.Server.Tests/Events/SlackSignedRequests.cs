using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ProfileGraph.Emulators;

namespace ProfileGraph.Server.Tests.Events;

/// <summary>Requests to <c>POST /slack/events</c> signed as Slack's documentation describes, computed here independently of the service.</summary>
internal static class SlackSignedRequests
{
    public static string Secret => new EmulatorOptions().Slack.SigningSecret;

    public static string Signature(string secret, string timestamp, string body) =>
        "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));

    public static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>A request with <paramref name="body"/>, signed with <paramref name="secret"/> (the emulator's by default) at <paramref name="timestamp"/> (now by default).</summary>
    public static HttpRequestMessage Create(string body, string? timestamp = null, string? secret = null, string? signature = null)
    {
        timestamp ??= Now();
        var request = new HttpRequestMessage(HttpMethod.Post, "slack/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature ?? Signature(secret ?? Secret, timestamp, body));
        return request;
    }

    /// <summary>A <c>user_change</c> event_callback for <paramref name="userId"/>, in the documented shape.</summary>
    public static string UserChange(string userId, string type = "user_change") => $$$"""
        {"token":"XXYYZZ","team_id":"T123ABC456","api_app_id":"A123ABC456",
         "event":{"type":"{{{type}}}","user":{"id":"{{{userId}}}","team_id":"T123ABC456","name":"some-user","profile":{"display_name":"x"}},"cache_ts":1734567890,"event_ts":"1734567890.000001"},
         "type":"event_callback","event_id":"Ev{{{Guid.NewGuid():N}}}","event_time":1734567890}
        """;
}
