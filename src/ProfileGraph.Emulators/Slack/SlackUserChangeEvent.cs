using System.Text.Json.Serialization;

namespace ProfileGraph.Emulators.Slack;

/// <summary>The <c>user_change</c> event: the whole user as it is now.</summary>
internal sealed record SlackUserChangeEvent
{
    [JsonPropertyName("type")]
    public string Type { get; init; } = "user_change";

    [JsonPropertyName("user")]
    public required SlackUser User { get; init; }

    [JsonPropertyName("cache_ts")]
    public required long CacheTs { get; init; }

    /// <summary>Seconds and microseconds, as a string ("1360782804.083113").</summary>
    [JsonPropertyName("event_ts")]
    public required string EventTs { get; init; }
}
