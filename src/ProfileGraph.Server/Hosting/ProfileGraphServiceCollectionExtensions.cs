using ProfileGraph.GraphQL.AspNetCore.Clients;
using ProfileGraph.Providers.Configuration;
using ProfileGraph.Providers.Redis;
using ProfileGraph.Server.Caching;
using ProfileGraph.Server.Events;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ProfileGraph.People.Hosting;
using ProfileGraph.Server.Graph.People;
using ProfileGraph.Server.Graph.Photos;

namespace ProfileGraph.Server.Hosting;

/// <summary>
/// Registers the profile graph's own services: provider clients, the profile cache, the change feed, the photo store and its settings,
/// the person store,
/// and, with <c>ConnectionStrings:Redis</c>, client quotas shared across replicas.
/// </summary>
public static class ProfileGraphServiceCollectionExtensions
{
    public static IServiceCollection AddProfileGraph(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddProfileProviders(configuration);
        services.AddProfileCache(configuration);
        services.AddProfileChanges(configuration);
        if (RedisConnection.TryAdd(services, configuration))
        {
            // Replicas share Redis: a client's quotas are counted there, as the provider limits and the cache are.
            services.AddSingleton<ClientQuotaStore, RedisClientQuotaStore>();
        }

        services.AddOptions<ProfileGraphOptions>().Bind(configuration.GetSection(ProfileGraphOptions.Section))
            .Validate(options => options.TelegramListThreshold >= 1, $"{ProfileGraphOptions.Section}:TelegramListThreshold must be at least 1.")
            .ValidateOnStart();
        services.AddSingleton<PhotoStore>();

        // People: SQLite under the content root by default, PostgreSQL with ConnectionStrings:Postgres.
        services.AddPersonStore(configuration, contentRoot);
        services.AddSingleton<RecordedEvidence>();
        services.AddSingleton<PersonStoreFailures>();
        services.TryAddSingleton(TimeProvider.System);

        // Live profiles: the change feed, the users subscriptions listen to, and the refresh of those no provider pushes.
        services.AddSingleton<SubscribedUsers>();
        services.AddOptions<ProfileRefreshOptions>().Bind(configuration.GetSection(ProfileRefreshOptions.Section))
            .Validate(options => options.Interval >= TimeSpan.FromSeconds(1) && options.MaxUsersPerProvider >= 1, $"{ProfileRefreshOptions.Section}: Interval at least 1 s, MaxUsersPerProvider at least 1.")
            .ValidateOnStart();
        services.AddSingleton<ProfileRefresher>();
        services.AddHostedService(provider => provider.GetRequiredService<ProfileRefresher>());
        services.AddHttpContextAccessor();
        return services;
    }
}
