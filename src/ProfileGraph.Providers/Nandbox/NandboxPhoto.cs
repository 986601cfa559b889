using System.Text.Json.Serialization;

namespace ProfileGraph.Providers.Nandbox;

/// <summary>The profile photo's metadata; the thumbnail's bytes are the user's <see cref="NandboxUser.Image"/>.</summary>
public sealed record NandboxPhoto(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("width")] int? Width,
    [property: JsonPropertyName("height")] int? Height,
    [property: JsonPropertyName("size")] long? Size,
    [property: JsonPropertyName("thumbnail")] NandboxThumbnail? Thumbnail);

/// <summary>The thumbnail's id and size.</summary>
public sealed record NandboxThumbnail(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("width")] int? Width,
    [property: JsonPropertyName("height")] int? Height);
