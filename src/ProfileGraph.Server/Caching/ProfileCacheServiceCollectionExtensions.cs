using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ProfileGraph.Providers.Redis;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Backplane.StackExchangeRedis;
using ZiggyCreatures.Caching.Fusion.Serialization.SystemTextJson;

namespace ProfileGraph.Server.Caching;

/// <summary>Registers the profile cache: FusionCache in memory, with Redis as L2 and backplane when <c>ConnectionStrings:Redis</c> is set.</summary>
public static class ProfileCacheServiceCollectionExtensions
{
    public static IServiceCollection AddProfileCache(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ProfileCacheOptions>().Bind(configuration.GetSection(ProfileCacheOptions.Section))
            .Validate(options => options.MaxEntries >= 1, "Cache:MaxEntries must be at least 1.")
            .Validate(options => options.StaleIfError >= TimeSpan.Zero && options.StaleIfErrorRetryAfter > TimeSpan.Zero, "Cache:StaleIfError must not be negative and Cache:StaleIfErrorRetryAfter must be positive.")
            .Validate(options => options.NotFoundDuration > TimeSpan.Zero, "Cache:NotFoundDuration must be positive.")
            .Validate(options => options.StaleIfSlowerThan is null || options.StaleIfSlowerThan > TimeSpan.Zero, "Cache:StaleIfSlowerThan must be positive when set.")
            .Validate(options => options.EagerRefreshThreshold is null or (>= 0 and < 1), "Cache:EagerRefreshThreshold must be from 0 (off) to below 1.")
            .Validate(
                options => CacheOperation.All.All(operation => options.DurationOf(operation) > TimeSpan.Zero),
                "Cache:Providers:<Provider>:Duration and :Operations:<name> must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<ProviderCacheStatistics>();
        services.TryAddSingleton<ProviderCache>();
        services.TryAddSingleton<GraphQL.AspNetCore.Documents.IPersistedQueryStore, CachedPersistedQueryStore>();

        var cache = services.AddFusionCache()
            .WithOptions(options =>
            {
                // The provider clients log their own failures, and stale answers are marked in responses and counted:
                // at Warning, a provider that is down would log once per lookup.
                options.FactoryErrorsLogLevel = LogLevel.Debug;
                options.FactorySyntheticTimeoutsLogLevel = LogLevel.Debug;
                options.FailSafeActivationLogLevel = LogLevel.Debug;

                // A Redis that fails is left alone for a while, and said so once (RedisOutageLog), not once per lookup.
                options.DistributedCacheCircuitBreakerDuration = TimeSpan.FromSeconds(30);
                options.BackplaneCircuitBreakerDuration = TimeSpan.FromSeconds(30);
                options.DistributedCacheSyntheticTimeoutsLogLevel = LogLevel.Debug;
                options.DistributedCacheErrorsLogLevel = LogLevel.Debug;
                options.BackplaneErrorsLogLevel = LogLevel.Debug;
                options.BackplaneSyntheticTimeoutsLogLevel = LogLevel.Debug;

                // No tags are used: without tagging, a lookup is one entry, never a tag check against Redis too.
                options.DisableTagging = true;
            })
            .WithCacheKeyPrefix("profilegraph:v1:")
            .WithMemoryCache(provider => new MemoryCache(new MemoryCacheOptions
            {
                SizeLimit = provider.GetRequiredService<IOptions<ProfileCacheOptions>>().Value.MaxEntries,
            }))
            .WithSerializer(new FusionCacheSystemTextJsonSerializer(new JsonSerializerOptions { IncludeFields = true }))
            .WithRegisteredLogger()
            .WithPostSetup((provider, cache) => RedisOutageLog.Attach(cache, provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ProviderCache).FullName!)));

        if (RedisConnection.TryAdd(services, configuration))
        {
            cache.WithDistributedCache(provider => new RedisCache(new RedisCacheOptions
            {
                ConnectionMultiplexerFactory = provider.GetRequiredService<RedisConnection>().ConnectAsync,
            }))
            .WithBackplane(provider => new RedisBackplane(new RedisBackplaneOptions
            {
                ConnectionMultiplexerFactory = provider.GetRequiredService<RedisConnection>().ConnectAsync,
            }));
        }

        return services;
    }
}
