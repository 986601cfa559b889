using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProfileGraph.Providers.Slack;

/// <summary>A Slack user's <c>profile</c>, as users.profile.get and users.info return it.</summary>
public sealed record SlackProfile
{
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("phone")]
    public string? Phone { get; init; }

    [JsonPropertyName("skype")]
    public string? Skype { get; init; }

    [JsonPropertyName("real_name")]
    public string? RealName { get; init; }

    [JsonPropertyName("real_name_normalized")]
    public string? RealNameNormalized { get; init; }

    [JsonPropertyName("display_name")]
    public string? DisplayName { get; init; }

    [JsonPropertyName("display_name_normalized")]
    public string? DisplayNameNormalized { get; init; }

    [JsonPropertyName("first_name")]
    public string? FirstName { get; init; }

    [JsonPropertyName("last_name")]
    public string? LastName { get; init; }

    [JsonPropertyName("pronouns")]
    public string? Pronouns { get; init; }

    /// <summary>Absent for bots and without the <c>users:read.email</c> scope.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }

    /// <summary>Unix seconds, where the workspace tracks it.</summary>
    [JsonPropertyName("start_date")]
    public long? StartDate { get; init; }

    [JsonPropertyName("avatar_hash")]
    public string? AvatarHash { get; init; }

    /// <summary>Custom fields by field id; labels only with <c>include_labels</c>.</summary>
    [JsonPropertyName("fields")]
    public IReadOnlyDictionary<string, SlackProfileField>? Fields { get; init; }

    [JsonPropertyName("status_text")]
    public string? StatusText { get; init; }

    [JsonPropertyName("status_emoji")]
    public string? StatusEmoji { get; init; }

    /// <summary>Unix seconds; 0 when the status does not expire.</summary>
    [JsonPropertyName("status_expiration")]
    public long? StatusExpiration { get; init; }

    [JsonPropertyName("is_custom_image")]
    public bool? IsCustomImage { get; init; }

    [JsonPropertyName("image_24")]
    public string? Image24 { get; init; }

    [JsonPropertyName("image_32")]
    public string? Image32 { get; init; }

    [JsonPropertyName("image_48")]
    public string? Image48 { get; init; }

    [JsonPropertyName("image_72")]
    public string? Image72 { get; init; }

    [JsonPropertyName("image_192")]
    public string? Image192 { get; init; }

    [JsonPropertyName("image_512")]
    public string? Image512 { get; init; }

    [JsonPropertyName("image_1024")]
    public string? Image1024 { get; init; }

    /// <summary>Only for users who uploaded their own picture.</summary>
    [JsonPropertyName("image_original")]
    public string? ImageOriginal { get; init; }

    [JsonPropertyName("team")]
    public string? Team { get; init; }

    [JsonPropertyName("bot_id")]
    public string? BotId { get; init; }

    [JsonPropertyName("api_app_id")]
    public string? ApiAppId { get; init; }

    /// <summary>Bots only: presence always shown as active.</summary>
    [JsonPropertyName("always_active")]
    public bool? AlwaysActive { get; init; }

    /// <summary>Whatever else Slack sent, kept rather than dropped.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalFields { get; set; }
}
