using ProfileGraph.GraphQL.Binding;
using ProfileGraph.Providers.Slack;
using ProfileGraph.Server.Graph.Photos;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Graph.Slack;

/// <summary>
/// A Slack member as the graph sees them, and the parent of the <c>SlackProfile</c> type: the profile from
/// users.profile.get (or from users.info, which carries it too) and the account from users.info.
/// </summary>
public sealed class SlackData(string userId, Part<SlackProfile> profile, Part<SlackUser> account) : IUserFacts
{
    private static readonly (int Width, Func<SlackProfile, string?> Url)[] Sizes =
    [
        (24, p => p.Image24), (32, p => p.Image32), (48, p => p.Image48), (72, p => p.Image72),
        (192, p => p.Image192), (512, p => p.Image512), (1024, p => p.Image1024),
    ];

    private IReadOnlyList<Photo>? _photos;

    public static SlackData NotFetched(string userId) => new(userId, default, default);

    // users.info carries the profile too: whichever call was made serves it, and a failed call's error explains its absence.
    internal SlackProfile Profile => profile.IsFetched || !account.IsFetched
        ? profile.Get("The Slack profile")
        : account.Get("The Slack account").Profile ?? profile.Get("The Slack profile");

    internal SlackUser Account => account.Get("The Slack account");

    // The normalized User fields.
    string? IUserFacts.DisplayName => DisplayName ?? RealName;

    string? IUserFacts.FirstName => FirstName;

    string? IUserFacts.LastName => LastName;

    string? IUserFacts.Username => Name;

    string? IUserFacts.Email => Email;

    string? IUserFacts.Phone => Phone;

    bool? IUserFacts.IsBot => account.Value?.IsBot ?? (Profile.BotId is not null || Profile.AlwaysActive == true);

    UserStatus? IUserFacts.Status => UserStatus.From(Profile.StatusText, Profile.StatusEmoji, StatusExpiration);

    IReadOnlyList<Photo> IUserFacts.Photos => _photos ??= BuildPhotos();

    Photo? IUserFacts.DefaultAvatar => Photo.Pick(((IUserFacts)this).Photos, 192, null);

    TimeSpan? IUserFacts.StaleAge => Part.OldestStale(profile.StaleAge, account.StaleAge);

    // SlackProfile fields (users.profile.get)
    public string? Title => Profile.Title.NullIfEmpty();

    public string? Phone => Profile.Phone.NullIfEmpty();

    public string? Skype => Profile.Skype.NullIfEmpty();

    public string? RealName => Profile.RealName.NullIfEmpty();

    public string? RealNameNormalized => Profile.RealNameNormalized.NullIfEmpty();

    public string? DisplayName => Profile.DisplayName.NullIfEmpty();

    public string? DisplayNameNormalized => Profile.DisplayNameNormalized.NullIfEmpty();

    public string? FirstName => Profile.FirstName.NullIfEmpty();

    public string? LastName => Profile.LastName.NullIfEmpty();

    public string? Pronouns => Profile.Pronouns.NullIfEmpty();

    public string? Email => Profile.Email.NullIfEmpty();

    public DateTimeOffset? StartDate => TextExtensions.FromUnixSeconds(Profile.StartDate);

    public string? AvatarHash => Profile.AvatarHash.NullIfEmpty();

    public bool? IsCustomImage => Profile.IsCustomImage;

    public SlackImages Images => new(Profile);

    public string? StatusText => Profile.StatusText.NullIfEmpty();

    public string? StatusEmoji => Profile.StatusEmoji.NullIfEmpty();

    public DateTimeOffset? StatusExpiration => TextExtensions.FromUnixSeconds(Profile.StatusExpiration);

    public string? Team => Profile.Team.NullIfEmpty();

    public string? BotId => Profile.BotId;

    public bool? AlwaysActive => Profile.AlwaysActive;

    // SlackProfile fields (users.info)
    public string? Name => Account.Name.NullIfEmpty();

    public bool? Deleted => Account.Deleted;

    public string? Color => Account.Color.NullIfEmpty();

    public string? TimeZone => Account.Tz.NullIfEmpty();

    public string? TimeZoneLabel => Account.TzLabel.NullIfEmpty();

    public int? TimeZoneOffset => Account.TzOffset;

    public bool? IsAdmin => Account.IsAdmin;

    public bool? IsOwner => Account.IsOwner;

    public bool? IsPrimaryOwner => Account.IsPrimaryOwner;

    public bool? IsRestricted => Account.IsRestricted;

    public bool? IsUltraRestricted => Account.IsUltraRestricted;

    [GraphQLName("isBot")]
    public bool? AccountIsBot => Account.IsBot;

    public bool? IsAppUser => Account.IsAppUser;

    public DateTimeOffset? Updated => TextExtensions.FromUnixSeconds(Account.Updated);

    /// <summary>The custom fields; labels only when the profile was fetched with them.</summary>
    internal IReadOnlyList<SlackCustomField> Fields(bool includeLabels) =>
        [.. (Profile.Fields ?? new Dictionary<string, SlackProfileField>()).Select(f => new SlackCustomField(f.Key, f.Value.Value, f.Value.Alt.NullIfEmpty(), includeLabels ? f.Value.Label : null))];

    private List<Photo> BuildPhotos()
    {
        var photos = new List<Photo>();
        var hash = Profile.AvatarHash.NullIfEmpty() ?? userId;
        foreach (var (width, url) in Sizes)
        {
            if (url(Profile).NullIfEmpty() is { } link)
            {
                photos.Add(new Photo($"slack:{hash}:{width}", link, width, width));
            }
        }

        if (Profile.ImageOriginal.NullIfEmpty() is { } original)
        {
            photos.Add(new Photo($"slack:{hash}:original", original));
        }

        return photos;
    }
}
