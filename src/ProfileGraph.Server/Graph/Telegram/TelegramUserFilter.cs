using ProfileGraph.Providers.Telegram;
using ProfileGraph.Server.Filtering;

namespace ProfileGraph.Server.Graph.Telegram;

/// <summary>The <c>TelegramUserFilter</c> input: every given condition holds, <c>and</c> all of a list, <c>or</c> one of it.</summary>
public sealed record TelegramUserFilter(
    StringFilter? Username = null,
    StringFilter? FirstName = null,
    StringFilter? LastName = null,
    IReadOnlyList<TelegramUserFilter>? And = null,
    IReadOnlyList<TelegramUserFilter>? Or = null)
{
    public bool Matches(TelegramUser user) =>
        (Username?.Matches(user.Username) ?? true)
        && (FirstName?.Matches(user.FirstName) ?? true)
        && (LastName?.Matches(user.LastName) ?? true)
        && (And?.All(filter => filter.Matches(user)) ?? true)
        && (Or is null || Or.Any(filter => filter.Matches(user)));
}
