using System.Text.Json.Serialization;

namespace ProfileGraph.Providers.Slack;

/// <summary>One custom profile field; <see cref="Label"/> only when asked for with <c>include_labels</c>.</summary>
public sealed record SlackProfileField
{
    [JsonPropertyName("value")]
    public string Value { get; init; } = "";

    [JsonPropertyName("alt")]
    public string Alt { get; init; } = "";

    [JsonPropertyName("label")]
    public string? Label { get; init; }
}
