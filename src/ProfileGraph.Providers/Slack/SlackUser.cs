using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProfileGraph.Providers.Slack;

/// <summary>The <c>user</c> of users.info: account facts around the <see cref="Profile"/>.</summary>
public sealed record SlackUser
{
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    [JsonPropertyName("team_id")]
    public string? TeamId { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Deactivated.</summary>
    [JsonPropertyName("deleted")]
    public bool Deleted { get; init; }

    [JsonPropertyName("color")]
    public string? Color { get; init; }

    [JsonPropertyName("real_name")]
    public string? RealName { get; init; }

    /// <summary>IANA time zone, e.g. "Europe/Amsterdam".</summary>
    [JsonPropertyName("tz")]
    public string? Tz { get; init; }

    [JsonPropertyName("tz_label")]
    public string? TzLabel { get; init; }

    /// <summary>Seconds from UTC.</summary>
    [JsonPropertyName("tz_offset")]
    public int? TzOffset { get; init; }

    [JsonPropertyName("profile")]
    public SlackProfile? Profile { get; init; }

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

    [JsonPropertyName("is_email_confirmed")]
    public bool? IsEmailConfirmed { get; init; }

    /// <summary>Unix seconds of the last change.</summary>
    [JsonPropertyName("updated")]
    public long? Updated { get; init; }

    /// <summary>Whatever else Slack sent, kept rather than dropped.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalFields { get; set; }
}
