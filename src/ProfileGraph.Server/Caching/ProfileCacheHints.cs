using ProfileGraph.GraphQL.Execution.CacheControl;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.Providers;

namespace ProfileGraph.Server.Caching;

/// <summary>
/// The HTTP cache hints the profile cache implies, for the schema elements whose values come from provider answers:
/// each may be reused as long as the cache holds its answers fresh (<see cref="ProfileCacheOptions.DurationOf"/>),
/// the shortest of the calls that can serve it, and not at all when its provider's cache is off. The SDL's own
/// <c>@cacheControl</c> says the rest (<c>inheritMaxAge</c> on the types inside a profile, private contact fields).
/// </summary>
public static class ProfileCacheHints
{
    public static void AddTo(CacheControlOptions options, ProfileCacheOptions cache)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(cache);
        int FreshFor(IEnumerable<CacheOperation> operations) =>
            operations.Min(operation => cache.IsEnabled(operation.Provider) ? (int)cache.DurationOf(operation).TotalSeconds : 0);
        IEnumerable<CacheOperation> Of(Provider provider) => CacheOperation.All.Where(operation => operation.Provider == provider);

        // A user, or a node, may come from any provider's answer.
        var anyUser = new CacheHint(FreshFor(CacheOperation.All));
        options.Hints["User"] = anyUser;
        options.Hints["Node"] = anyUser;
        options.Hints["SlackProfile"] = new CacheHint(FreshFor(Of(Provider.Slack)));
        options.Hints["TelegramProfile"] = new CacheHint(FreshFor(Of(Provider.Telegram)));
        options.Hints["Query.telegramUsers"] = new CacheHint(FreshFor([CacheOperation.TelegramList]));
        options.Hints["WhatsAppContact"] = new CacheHint(FreshFor([CacheOperation.WhatsAppContact]));
        options.Hints["NandboxProfile"] = new CacheHint(FreshFor(Of(Provider.Nandbox)));
    }
}
