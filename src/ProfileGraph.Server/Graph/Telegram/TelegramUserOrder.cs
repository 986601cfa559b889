using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Providers.Telegram;
using ProfileGraph.Server.Paging;

namespace ProfileGraph.Server.Graph.Telegram;

/// <summary>The <c>TelegramUserOrder</c> input: one sort key per entry.</summary>
public sealed record TelegramUserOrder(SortDirection? Username = null, SortDirection? FirstName = null, SortDirection? LastName = null)
{
    /// <summary>The sort keys of an <c>order</c> argument, in priority order; an entry must name exactly one field.</summary>
    public static IReadOnlyList<SortKey<TelegramUser>> KeysOf(IReadOnlyList<TelegramUserOrder>? order) =>
        [.. (order ?? []).Select(entry => entry switch
        {
            { Username: { } direction, FirstName: null, LastName: null } => new SortKey<TelegramUser>("username", u => u.Username, direction == SortDirection.Desc),
            { FirstName: { } direction, Username: null, LastName: null } => new SortKey<TelegramUser>("firstName", u => u.FirstName, direction == SortDirection.Desc),
            { LastName: { } direction, Username: null, FirstName: null } => new SortKey<TelegramUser>("lastName", u => u.LastName, direction == SortDirection.Desc),
            _ => throw new GraphQLException(
                "Each entry of \"order\" names exactly one field, such as { lastName: ASC }; give several entries to sort by several fields.",
                ErrorCodes.BadUserInput,
                new Dictionary<string, object?> { ["argument"] = "order" }),
        })];
}

/// <summary>The <c>SortDirection</c> enum.</summary>
public enum SortDirection
{
    Asc,
    Desc,
}
