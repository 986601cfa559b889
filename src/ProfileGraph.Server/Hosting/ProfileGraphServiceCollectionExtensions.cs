using ProfileGraph.GraphQL.AspNetCore.Clients;
using ProfileGraph.Providers.Configuration;
using ProfileGraph.Providers.Redis;
using ProfileGraph.Server.Caching;
using ProfileGraph.Server.Graph.Photos;

namespace ProfileGraph.Server.Hosting;

/// <summary>
/// Registers the profile graph's own services: provider clients, the profile cache, the photo store and its settings,
/// and, with <c>ConnectionStrings:Redis</c>, client quotas shared across replicas.
/// </summary>
public static class ProfileGraphServiceCollectionExtensions
{
    public static IServiceCollection AddProfileGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProfileProviders(configuration);
        services.AddProfileCache(configuration);
        if (RedisConnection.TryAdd(services, configuration))
        {
            // Replicas share Redis: a client's quotas are counted there, as the provider limits and the cache are.
            services.AddSingleton<ClientQuotaStore, RedisClientQuotaStore>();
        }

        services.AddOptions<ProfileGraphOptions>().Bind(configuration.GetSection(ProfileGraphOptions.Section))
            .Validate(options => options.TelegramListThreshold >= 1, $"{ProfileGraphOptions.Section}:TelegramListThreshold must be at least 1.")
            .ValidateOnStart();
        services.AddSingleton<PhotoStore>();
        services.AddHttpContextAccessor();
        return services;
    }
}
