using System.Text.Json.Serialization;

namespace ProfileGraph.Emulators.WhatsApp;

/// <summary>
/// A GetContactInfo answer. Nullable fields are written as <c>null</c>, as GREEN-API does, rather than left out.
/// </summary>
public sealed record WhatsAppContact
{
    public string Avatar { get; init; } = "";

    /// <summary>The name from the WhatsApp profile ("" before any incoming message).</summary>
    public string Name { get; init; } = "";

    /// <summary>The name in the instance's phone book ("" when not saved).</summary>
    public string ContactName { get; init; } = "";

    public string Email { get; init; } = "";

    public string Category { get; init; } = "";

    public string Description { get; init; } = "";

    public IReadOnlyList<WhatsAppProduct> Products { get; init; } = [];

    public required string ChatId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? LastSeen { get; init; }

    public bool IsArchive { get; init; }

    public bool IsDisappearing { get; init; }

    public bool IsMute { get; init; }

    public int MessageExpiration { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public long? MuteExpiration { get; init; }

    public bool IsBusiness { get; init; }
}
