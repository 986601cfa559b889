using ProfileGraph.Providers.Telegram;
using ProfileGraph.Server.Graph.Photos;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Graph.Telegram;

/// <summary>A Telegram user of the Infobip application, and the parent of the <c>TelegramProfile</c> type.</summary>
public sealed class TelegramData(string key, Part<TelegramUser> user) : IUserFacts
{
    public static TelegramData Of(TelegramUser user, TimeSpan? staleAge = null) => new(user.Key, new Part<TelegramUser>(user, null, staleAge));

    public string Key => key;

    public string FirstName => User.FirstName ?? "";

    public string? LastName => User.LastName.NullIfEmpty();

    public string? Username => User.Username.NullIfEmpty();

    private TelegramUser User => user.Get("The Telegram user");

    string? IUserFacts.DisplayName => TextExtensions.JoinNames(User.FirstName, User.LastName) ?? Username;

    string? IUserFacts.FirstName => User.FirstName.NullIfEmpty();

    string? IUserFacts.LastName => LastName;

    string? IUserFacts.Username => Username;

    // Infobip shares neither contact details nor pictures of Telegram users.
    string? IUserFacts.Email => null;

    string? IUserFacts.Phone => null;

    bool? IUserFacts.IsBot => null;

    UserStatus? IUserFacts.Status => null;

    IReadOnlyList<Photo> IUserFacts.Photos => [];

    Photo? IUserFacts.DefaultAvatar => null;

    TimeSpan? IUserFacts.StaleAge => user.StaleAge;
}
