namespace ProfileGraph.Server.Caching;

/// <summary>
/// What a cache entry holds: a provider's answer as its client parsed it (or the provider's "no such user"), and
/// when it was fetched, so that whoever reads it, on any replica, knows how old it is. Never credentials: the
/// clients' records carry none.
/// </summary>
public sealed record CachedAnswer<T>(T? Value, DateTimeOffset FetchedAt, string? NotFound = null)
    where T : class;
