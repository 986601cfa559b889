namespace ProfileGraph.Emulators.Telegram;

/// <summary>An Infobip Telegram user, as on the wire: last name and username are optional.</summary>
public sealed record TelegramUser(string Key, string FirstName, string? LastName, string? Username);
