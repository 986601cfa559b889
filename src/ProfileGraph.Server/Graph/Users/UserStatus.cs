namespace ProfileGraph.Server.Graph.Users;

/// <summary>The <c>UserStatus</c> type.</summary>
public sealed record UserStatus(string? Text, string? Emoji, DateTimeOffset? ExpiresAt)
{
    /// <summary>A status, or null when the provider's fields are all empty.</summary>
    public static UserStatus? From(string? text, string? emoji, DateTimeOffset? expiresAt) =>
        string.IsNullOrEmpty(text) && string.IsNullOrEmpty(emoji) ? null : new UserStatus(text.NullIfEmpty(), emoji.NullIfEmpty(), expiresAt);
}
