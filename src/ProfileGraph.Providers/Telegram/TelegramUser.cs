using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProfileGraph.Providers.Telegram;

/// <summary>A Telegram user of the Infobip application; <see cref="Key"/> is the address Infobip messages go to.</summary>
public sealed record TelegramUser
{
    public string Key { get; init; } = "";

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Username { get; init; }

    /// <summary>Whatever else Infobip sent, kept rather than dropped.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalFields { get; set; }
}
