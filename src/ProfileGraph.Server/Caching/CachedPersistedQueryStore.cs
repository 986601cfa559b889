using ProfileGraph.GraphQL.AspNetCore.Documents;
using ZiggyCreatures.Caching.Fusion;

namespace ProfileGraph.Server.Caching;

/// <summary>
/// Automatic persisted queries in the profile cache's FusionCache: bounded by its memory level, and shared by the
/// replicas through Redis when <c>ConnectionStrings:Redis</c> is set, so a query registered on one is known to all.
/// </summary>
internal sealed class CachedPersistedQueryStore(IFusionCache cache) : IPersistedQueryStore
{
    private static readonly FusionCacheEntryOptions Kept = new() { Duration = TimeSpan.FromHours(24), Size = 1, AllowBackgroundDistributedCacheOperations = true };

    public async ValueTask<string?> GetAsync(string sha256, CancellationToken cancellationToken)
    {
        var found = await cache.TryGetAsync<string>(Key(sha256), Kept, cancellationToken).ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }

    public ValueTask SetAsync(string sha256, string document, CancellationToken cancellationToken) =>
        cache.SetAsync(Key(sha256), document, Kept, cancellationToken);

    private static string Key(string sha256) => "apq:" + sha256;
}
