using ProfileGraph.Providers;

namespace ProfileGraph.Server.Caching;

/// <summary>
/// A provider call whose answers the profile cache keeps, named as the provider names it, with how long an answer
/// stays fresh unless configuration says otherwise (<c>Cache:Providers:&lt;Provider&gt;:Operations:&lt;Name&gt;</c>).
/// </summary>
public sealed record CacheOperation(Provider Provider, string Name, TimeSpan DefaultDuration)
{
    // Profiles change now and then: minutes. What moves slower, or costs more of a small budget, longer.
    public static readonly CacheOperation SlackProfile = new(Provider.Slack, "users.profile.get", TimeSpan.FromMinutes(5));

    /// <summary>users.profile.get with include_labels: a much smaller rate budget (10/min), and labels seldom change.</summary>
    public static readonly CacheOperation SlackProfileWithLabels = new(Provider.Slack, "users.profile.get+labels", TimeSpan.FromMinutes(15));

    public static readonly CacheOperation SlackUser = new(Provider.Slack, "users.info", TimeSpan.FromMinutes(5));

    public static readonly CacheOperation TelegramUser = new(Provider.Telegram, "users.get", TimeSpan.FromMinutes(10));

    /// <summary>The whole user list: it changes whenever someone joins, so shorter than one user.</summary>
    public static readonly CacheOperation TelegramList = new(Provider.Telegram, "users.list", TimeSpan.FromMinutes(5));

    /// <summary>getContactInfo carries the products too, and GREEN-API allows one a second.</summary>
    public static readonly CacheOperation WhatsAppContact = new(Provider.WhatsApp, "getContactInfo", TimeSpan.FromMinutes(30));

    public static readonly CacheOperation WhatsAppAvatar = new(Provider.WhatsApp, "getAvatar", TimeSpan.FromHours(1));

    public static readonly CacheOperation NandboxUser = new(Provider.Nandbox, "getUser", TimeSpan.FromMinutes(5));

    public static IReadOnlyList<CacheOperation> All { get; } =
        [SlackProfile, SlackProfileWithLabels, SlackUser, TelegramUser, TelegramList, WhatsAppContact, WhatsAppAvatar, NandboxUser];

    /// <summary>The entry's key: provider, call and the provider's id, so every query shape finds the same entry.</summary>
    public string KeyOf(string id) => $"{Provider}:{Name}:{id}";
}
