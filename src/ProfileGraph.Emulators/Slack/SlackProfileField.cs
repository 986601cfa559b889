using System.Text.Json.Serialization;

namespace ProfileGraph.Emulators.Slack;

/// <summary>One custom profile field; <c>label</c> is only sent with <c>include_labels</c>.</summary>
public sealed record SlackProfileField(
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("alt")] string Alt)
{
    [JsonPropertyName("label")]
    public string? Label { get; init; }
}
