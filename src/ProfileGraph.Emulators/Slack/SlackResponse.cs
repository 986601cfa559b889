using System.Text.Json.Serialization;

namespace ProfileGraph.Emulators.Slack;

/// <summary>Every Slack Web API answer: <c>ok</c>, then either the payload or <c>error</c>, and any warnings.</summary>
internal sealed record SlackResponse
{
    [JsonPropertyName("ok")]
    public bool Ok { get; init; }

    [JsonPropertyName("error")]
    public string? Error { get; init; }

    /// <summary><c>missing_scope</c> only: the scope the method needs.</summary>
    [JsonPropertyName("needed")]
    public string? Needed { get; init; }

    /// <summary><c>missing_scope</c> only: the scopes the token has.</summary>
    [JsonPropertyName("provided")]
    public string? Provided { get; init; }

    /// <summary>Comma-separated warning codes.</summary>
    [JsonPropertyName("warning")]
    public string? Warning { get; init; }

    [JsonPropertyName("profile")]
    public SlackProfile? Profile { get; init; }

    [JsonPropertyName("user")]
    public SlackUser? User { get; init; }

    [JsonPropertyName("response_metadata")]
    public SlackResponseMetadata? ResponseMetadata { get; init; }
}

internal sealed record SlackResponseMetadata([property: JsonPropertyName("warnings")] IReadOnlyList<string> Warnings);
