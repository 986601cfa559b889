using System.Text.Json.Serialization;

namespace ProfileGraph.Emulators.Slack;

/// <summary>The <c>user</c> object of users.info.</summary>
public sealed record SlackUser
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("team_id")]
    public required string TeamId { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("deleted")]
    public bool Deleted { get; init; }

    [JsonPropertyName("color")]
    public string Color { get; init; } = "9f69e7";

    [JsonPropertyName("real_name")]
    public string RealName { get; init; } = "";

    [JsonPropertyName("tz")]
    public string Tz { get; init; } = "";

    [JsonPropertyName("tz_label")]
    public string TzLabel { get; init; } = "";

    [JsonPropertyName("tz_offset")]
    public int TzOffset { get; init; }

    [JsonPropertyName("profile")]
    public required SlackProfile Profile { get; init; }

    [JsonPropertyName("is_admin")]
    public bool IsAdmin { get; init; }

    [JsonPropertyName("is_owner")]
    public bool IsOwner { get; init; }

    [JsonPropertyName("is_primary_owner")]
    public bool IsPrimaryOwner { get; init; }

    [JsonPropertyName("is_restricted")]
    public bool IsRestricted { get; init; }

    [JsonPropertyName("is_ultra_restricted")]
    public bool IsUltraRestricted { get; init; }

    [JsonPropertyName("is_bot")]
    public bool IsBot { get; init; }

    [JsonPropertyName("is_app_user")]
    public bool IsAppUser { get; init; }

    /// <summary>Unix seconds of the last change.</summary>
    [JsonPropertyName("updated")]
    public long Updated { get; init; }
}
