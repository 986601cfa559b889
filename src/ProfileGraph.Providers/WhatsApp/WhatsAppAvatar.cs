namespace ProfileGraph.Providers.WhatsApp;

/// <summary>getAvatar's answer: the avatar's URL, and whether there is one to see.</summary>
public sealed record WhatsAppAvatar(string? UrlAvatar, bool Available);
