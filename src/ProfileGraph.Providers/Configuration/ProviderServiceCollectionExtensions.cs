using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ProfileGraph.Providers.Nandbox;
using ProfileGraph.Providers.Redis;
using ProfileGraph.Providers.Resilience;
using ProfileGraph.Providers.Slack;
using ProfileGraph.Providers.Status;
using ProfileGraph.Providers.Telegram;
using ProfileGraph.Providers.WhatsApp;

namespace ProfileGraph.Providers.Configuration;

public static class ProviderServiceCollectionExtensions
{
    /// <summary>
    /// Registers the four provider clients from the <c>Providers</c> section: their options (validated when the
    /// host starts; a missing credential fails start-up naming its key, never its value), typed HttpClients
    /// without the factory's request logging (GREEN-API's token is in its paths), the nandbox connection as a
    /// lazily connecting singleton, one Polly pipeline per provider (<see cref="ProviderPipelines"/>, also
    /// registered as Polly's <c>ResiliencePipelineProvider&lt;Provider&gt;</c>), the status registry and telemetry.
    /// </summary>
    public static IServiceCollection AddProfileProviders(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        AddOptions<SlackOptions>(services, configuration);
        AddOptions<TelegramOptions>(services, configuration);
        AddOptions<WhatsAppOptions>(services, configuration);
        AddOptions<NandboxOptions>(services, configuration);
        foreach (var provider in Enum.GetValues<Provider>())
        {
            services.AddOptions<ProviderResilienceOptions>(provider.ToString())
                .Configure(options => options.ApplyDefaults(provider))
                .Bind(configuration.GetSection($"Providers:{provider}:Resilience"))
                .ValidateOnStart();
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ProviderResilienceOptions>, ProviderResilienceOptionsValidator>());

        // With Redis, rate limits are held across replicas and one replica holds the nandbox socket.
        RedisConnection.TryAdd(services, configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<ProviderResilienceTelemetry>();
        services.TryAddSingleton<ProviderStatusRegistry>();
        services.TryAddSingleton<SharedLimitsHealth>();
        services.TryAddSingleton<ProviderStateGauges>();
        services.TryAddSingleton<ProviderPipelines>();
        services.TryAddSingleton<Polly.Registry.ResiliencePipelineProvider<Provider>>(provider => provider.GetRequiredService<ProviderPipelines>());

        services.AddHttpClient<SlackClient>((provider, http) =>
        {
            var options = provider.GetRequiredService<IOptions<SlackOptions>>().Value;
            Configure(http, options.BaseUrl!);
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.Token);
        }).RemoveAllLoggers();
        services.AddHttpClient<TelegramClient>((provider, http) =>
        {
            var options = provider.GetRequiredService<IOptions<TelegramOptions>>().Value;
            Configure(http, options.BaseUrl!);
            http.DefaultRequestHeaders.Authorization = string.IsNullOrWhiteSpace(options.ApiKey)
                ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}")))
                : new AuthenticationHeaderValue("App", options.ApiKey);
        }).RemoveAllLoggers();
        services.AddHttpClient<WhatsAppClient>((provider, http) => Configure(http, provider.GetRequiredService<IOptions<WhatsAppOptions>>().Value.ApiUrl!))
            .RemoveAllLoggers();

        services.TryAddSingleton<NandboxConnection>();
        services.TryAddSingleton<NandboxRelay>();
        services.TryAddSingleton<NandboxClient>();
        return services;
    }

    private static void AddOptions<TOptions>(IServiceCollection services, IConfiguration configuration)
        where TOptions : ProviderOptions, new()
    {
        services.AddOptions<TOptions>().Bind(configuration.GetSection(new TOptions().Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, ProviderOptionsValidator<TOptions>>());
    }

    /// <summary>Timeouts belong to the pipeline; a base URL without its trailing slash would lose its last segment.</summary>
    private static void Configure(HttpClient http, Uri baseUrl)
    {
        http.BaseAddress = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        http.Timeout = Timeout.InfiniteTimeSpan;
    }
}
