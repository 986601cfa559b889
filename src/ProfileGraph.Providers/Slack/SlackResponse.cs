using System.Text.Json.Serialization;

namespace ProfileGraph.Providers.Slack;

/// <summary>Every Slack Web API answer: <c>ok</c>, then the payload or <c>error</c>.</summary>
internal sealed record SlackResponse
{
    [JsonPropertyName("ok")]
    public bool Ok { get; init; }

    [JsonPropertyName("error")]
    public string? Error { get; init; }

    [JsonPropertyName("profile")]
    public SlackProfile? Profile { get; init; }

    [JsonPropertyName("user")]
    public SlackUser? User { get; init; }
}
