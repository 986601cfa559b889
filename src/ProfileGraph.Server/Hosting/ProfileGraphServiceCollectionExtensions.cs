using ProfileGraph.Providers.Configuration;
using ProfileGraph.Server.Caching;
using ProfileGraph.Server.Graph.Photos;

namespace ProfileGraph.Server.Hosting;

/// <summary>Registers the profile graph's own services: provider clients, the profile cache, the photo store and its settings.</summary>
public static class ProfileGraphServiceCollectionExtensions
{
    public static IServiceCollection AddProfileGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProfileProviders(configuration);
        services.AddProfileCache(configuration);
        services.AddOptions<ProfileGraphOptions>().Bind(configuration.GetSection(ProfileGraphOptions.Section))
            .Validate(options => options.TelegramListThreshold >= 1, $"{ProfileGraphOptions.Section}:TelegramListThreshold must be at least 1.")
            .ValidateOnStart();
        services.AddSingleton<PhotoStore>();
        services.AddHttpContextAccessor();
        return services;
    }
}
