using ProfileGraph.Providers.Redis;

namespace ProfileGraph.Server.Events;

/// <summary>Registers the change feed, Slack's request verifier and, with <c>ConnectionStrings:Redis</c>, the relay that carries changes between replicas.</summary>
public static class ProfileChangeServiceCollectionExtensions
{
    public static IServiceCollection AddProfileChanges(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SlackEventsOptions>().Bind(configuration.GetSection(SlackEventsOptions.Section));
        services.AddSingleton<ProfileChangeFeed>();
        services.AddSingleton<SlackRequestVerifier>();
        if (RedisConnection.TryAdd(services, configuration))
        {
            services.AddSingleton<RedisProfileChangeRelay>();
            services.AddHostedService(provider => provider.GetRequiredService<RedisProfileChangeRelay>());
        }

        return services;
    }
}
