using System.Globalization;
using ProfileGraph.Providers.WhatsApp;
using ProfileGraph.Server.Graph.Photos;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Graph.WhatsApp;

/// <summary>
/// A WhatsApp contact of the GREEN-API instance, and the parent of the <c>WhatsAppContact</c> type: getContactInfo
/// (which carries the avatar too) or, when only the avatar is selected, getAvatar alone.
/// </summary>
public sealed class WhatsAppData(string chatId, Part<WhatsAppContact> contact, Part<WhatsAppAvatar> avatar) : IUserFacts
{
    public string ChatId => chatId;

    /// <summary>The number of a personal chat id (<c>79001234567@c.us</c> → <c>+79001234567</c>).</summary>
    public string Phone => "+" + chatId.Split('@')[0];

    public string? Name => Contact.Name.NullIfEmpty();

    public string? ContactName => Contact.ContactName.NullIfEmpty();

    public string? Email => Contact.Email.NullIfEmpty();

    public string? Category => Contact.Category.NullIfEmpty();

    public string? Description => Contact.Description.NullIfEmpty();

    /// <summary>From getContactInfo when it was fetched anyway, else from getAvatar.</summary>
    public string? Avatar => contact.Value is { } fetched ? fetched.Avatar.NullIfEmpty() : AvatarAnswer.UrlAvatar.NullIfEmpty();

    public bool IsBusiness => Contact.IsBusiness;

    public DateTimeOffset? LastSeen => ParseLastSeen(Contact.LastSeen);

    public bool IsArchived => Contact.IsArchive;

    public bool IsDisappearing => Contact.IsDisappearing;

    public bool IsMuted => Contact.IsMute;

    public int MessageExpiration => (int)(Contact.MessageExpiration ?? 0);

    public DateTimeOffset? MuteExpiresAt => TextExtensions.FromUnixSeconds(Contact.MuteExpiration);

    internal IReadOnlyList<WhatsAppProduct> Products => Contact.Products ?? [];

    private WhatsAppContact Contact => contact.Get("The WhatsApp contact");

    private WhatsAppAvatar AvatarAnswer => avatar.Get("The WhatsApp avatar");

    string? IUserFacts.DisplayName => Name ?? ContactName;

    // WhatsApp profiles have one name, not first and last names.
    string? IUserFacts.FirstName => null;

    string? IUserFacts.LastName => null;

    string? IUserFacts.Username => null;

    string? IUserFacts.Email => Email;

    string? IUserFacts.Phone => Phone;

    bool? IUserFacts.IsBot => null;

    UserStatus? IUserFacts.Status => null;

    IReadOnlyList<Photo> IUserFacts.Photos => Avatar is { } url ? [new Photo("whatsapp:" + chatId, url)] : [];

    Photo? IUserFacts.DefaultAvatar => Avatar is null ? null : ((IUserFacts)this).Photos[0];

    TimeSpan? IUserFacts.StaleAge => Part.OldestStale(contact.StaleAge, avatar.StaleAge);

    /// <summary>GREEN-API sends lastSeen as Unix seconds in a string, or as an ISO date; anything else reads as unknown.</summary>
    private static DateTimeOffset? ParseLastSeen(string? text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? TextExtensions.FromUnixSeconds(seconds)
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date
        : null;
}
