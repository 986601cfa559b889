using System.Text.Json.Serialization;

namespace ProfileGraph.Emulators.Slack;

/// <summary>The Events API's outer envelope, as Slack POSTs it to an app's request URL.</summary>
internal sealed record SlackEventCallback
{
    /// <summary>The deprecated verification token; Slack still sends one, apps check the signature instead.</summary>
    [JsonPropertyName("token")]
    public required string Token { get; init; }

    [JsonPropertyName("team_id")]
    public required string TeamId { get; init; }

    [JsonPropertyName("api_app_id")]
    public required string ApiAppId { get; init; }

    [JsonPropertyName("event")]
    public required SlackUserChangeEvent Event { get; init; }

    [JsonPropertyName("type")]
    public string Type { get; init; } = "event_callback";

    [JsonPropertyName("event_id")]
    public required string EventId { get; init; }

    [JsonPropertyName("event_time")]
    public required long EventTime { get; init; }
}
