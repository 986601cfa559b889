using System.Text.Json.Serialization;

namespace ProfileGraph.Emulators.Nandbox;

/// <summary>The nandbox User object of a <c>userDetails</c> frame.</summary>
public sealed record NandboxUser
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("version")]
    public required string Version { get; init; }

    [JsonPropertyName("is_bot")]
    public bool IsBot { get; init; }

    [JsonPropertyName("status")]
    public string Status { get; init; } = "";

    /// <summary>Base64 of a small JPEG thumbnail; absent for users without a photo.</summary>
    [JsonPropertyName("image")]
    public string? Image { get; init; }

    [JsonPropertyName("photo")]
    public NandboxPhoto? Photo { get; init; }

    /// <summary>The user's handle, which the SDKs read as <c>short_name</c>; bots have none here.</summary>
    [JsonPropertyName("short_name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ShortName { get; init; }
}

/// <summary>The profile photo's metadata; its thumbnail's bytes are the user's <c>image</c>.</summary>
public sealed record NandboxPhoto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("width")] int Width,
    [property: JsonPropertyName("height")] int Height,
    [property: JsonPropertyName("size")] int Size,
    [property: JsonPropertyName("thumbnail")] NandboxThumbnail Thumbnail);

public sealed record NandboxThumbnail(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("width")] int Width,
    [property: JsonPropertyName("height")] int Height);
