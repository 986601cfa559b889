using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProfileGraph.Providers.Nandbox;

/// <summary>A nandbox User, as <c>userDetails</c> carries it.</summary>
public sealed record NandboxUser
{
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Changes whenever the profile does: a cache key.</summary>
    [JsonPropertyName("version")]
    public string? Version { get; init; }

    [JsonPropertyName("is_bot")]
    public bool IsBot { get; init; }

    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>The profile photo's thumbnail, a small JPEG (base64 on the wire).</summary>
    [JsonPropertyName("image")]
    public byte[]? Image { get; init; }

    [JsonPropertyName("photo")]
    public NandboxPhoto? Photo { get; init; }

    [JsonPropertyName("last_seen")]
    public long? LastSeen { get; init; }

    [JsonPropertyName("short_name")]
    public string? ShortName { get; init; }

    [JsonPropertyName("signup_id")]
    public string? SignupId { get; init; }

    [JsonPropertyName("login_id")]
    public string? LoginId { get; init; }

    [JsonPropertyName("profile")]
    public string? Profile { get; init; }

    /// <summary>Whatever else nandbox sent, kept rather than dropped.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalFields { get; set; }
}
