using ProfileGraph.Providers.Redis;

namespace ProfileGraph.Providers.Resilience;

/// <summary>Where rate limits shared across replicas are held, and who says when that store is unavailable.</summary>
internal sealed record SharedLimits(RedisConnection Redis, SharedLimitsHealth Health);
