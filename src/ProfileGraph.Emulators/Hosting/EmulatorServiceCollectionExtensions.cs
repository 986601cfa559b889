using Microsoft.Extensions.DependencyInjection;

namespace ProfileGraph.Emulators.Hosting;

public static class EmulatorServiceCollectionExtensions
{
    /// <summary>Registers the emulators' shared state; pair with <c>app.MapProviderEmulators()</c>.</summary>
    public static IServiceCollection AddProviderEmulators(this IServiceCollection services, Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.AddSingleton<EmulatorState>();
        return services;
    }
}
