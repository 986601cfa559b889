using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProfileGraph.Providers.WhatsApp;

/// <summary>GetContactInfo's answer. A number the instance never talked to comes back with empty names.</summary>
public sealed record WhatsAppContact
{
    public string ChatId { get; init; } = "";

    /// <summary>Avatar URL; "" when there is none.</summary>
    public string? Avatar { get; init; }

    /// <summary>The name from the WhatsApp profile ("" before any incoming message).</summary>
    public string? Name { get; init; }

    /// <summary>The name in the instance's phone book ("" when not saved).</summary>
    public string? ContactName { get; init; }

    public string? Email { get; init; }

    /// <summary>Business contacts: their category.</summary>
    public string? Category { get; init; }

    /// <summary>Business contacts: their description.</summary>
    public string? Description { get; init; }

    /// <summary>Business contacts: their product cards.</summary>
    public IReadOnlyList<WhatsAppProduct>? Products { get; init; }

    /// <summary>When last online, as GREEN-API reports it; null when hidden or unknown.</summary>
    public string? LastSeen { get; init; }

    public bool IsArchive { get; init; }

    public bool IsDisappearing { get; init; }

    public bool IsMute { get; init; }

    /// <summary>Seconds a message lives in a disappearing chat; 0 when off.</summary>
    public long? MessageExpiration { get; init; }

    /// <summary>When muting ends; null when not muted.</summary>
    public long? MuteExpiration { get; init; }

    public bool IsBusiness { get; init; }

    /// <summary>Whatever else GREEN-API sent, kept rather than dropped.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalFields { get; set; }
}
