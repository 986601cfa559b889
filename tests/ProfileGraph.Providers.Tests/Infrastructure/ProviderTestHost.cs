using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProfileGraph.Emulators;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Emulators.Hosting;
using ProfileGraph.Emulators.Observability;
using ProfileGraph.Providers.Configuration;
using ProfileGraph.Providers.Nandbox;
using ProfileGraph.Providers.Slack;
using ProfileGraph.Providers.Status;
using ProfileGraph.Providers.Telegram;
using ProfileGraph.Providers.WhatsApp;

namespace ProfileGraph.Providers.Tests.Infrastructure;

/// <summary>
/// A fresh emulator host and a service provider whose four clients point at it through configuration alone,
/// as the service would at the real providers. Test-sized resilience settings (short timeouts and backoff, a
/// breaker that opens only when a test asks) apply unless a test's own settings replace them. The emulators'
/// rate limits are off unless the test switches them on; logs of every level are captured.
/// </summary>
public sealed class ProviderTestHost : IAsyncDisposable
{
    private ProviderTestHost(EmulatorHost emulators, ServiceProvider services, CapturedLogs logs)
    {
        Emulators = emulators;
        Services = services;
        Logs = logs;
    }

    public EmulatorHost Emulators { get; }

    public ServiceProvider Services { get; }

    public CapturedLogs Logs { get; }

    public EmulatorState State => Emulators.State;

    public EmulatorOptions EmulatorOptions => State.Options;

    public SlackClient Slack => Services.GetRequiredService<SlackClient>();

    public TelegramClient Telegram => Services.GetRequiredService<TelegramClient>();

    public WhatsAppClient WhatsApp => Services.GetRequiredService<WhatsAppClient>();

    public NandboxClient Nandbox => Services.GetRequiredService<NandboxClient>();

    public ProviderStatusRegistry Status => Services.GetRequiredService<ProviderStatusRegistry>();

    /// <param name="settings">Configuration entries over the defaults, e.g. <c>["Providers:Slack:Resilience:Retry:MaxRetries"] = "0"</c>; null removes one.</param>
    /// <param name="emulator">Emulator start-up options over the defaults (rate limits off).</param>
    public static async Task<ProviderTestHost> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<EmulatorOptions>? emulator = null)
    {
        var emulators = await EmulatorHost.StartAsync(options =>
        {
            foreach (var provider in Enum.GetValues<EmulatedProvider>())
            {
                options.Faults[provider] = new FaultProfile { RateLimits = false };
            }

            emulator?.Invoke(options);
        });
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(emulators, settings)).Build();
        var logs = new CapturedLogs();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddProfileProviders(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new ProviderTestHost(emulators, services, logs);
    }

    /// <summary>The emulators' default credentials, addressed by configuration key, and the test-sized resilience settings.</summary>
    public static Dictionary<string, string?> Settings(EmulatorHost emulators, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var options = emulators.State.Options;
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Providers:Slack:BaseUrl"] = emulators.Urls.SlackApi.AbsoluteUri,
            ["Providers:Slack:Token"] = options.Slack.Token,
            ["Providers:Telegram:BaseUrl"] = emulators.Urls.InfobipBaseUrl.AbsoluteUri,
            ["Providers:Telegram:ApiKey"] = options.Telegram.ApiKey,
            ["Providers:Telegram:ApplicationKey"] = options.Telegram.ApplicationKey,
            ["Providers:WhatsApp:ApiUrl"] = emulators.Urls.GreenApiUrl.AbsoluteUri,
            ["Providers:WhatsApp:IdInstance"] = options.WhatsApp.IdInstance,
            ["Providers:WhatsApp:ApiTokenInstance"] = options.WhatsApp.ApiTokenInstance,
            ["Providers:Nandbox:Url"] = emulators.Urls.NandboxWebSocket.AbsoluteUri,
            ["Providers:Nandbox:Token"] = options.Nandbox.Token,
            ["Providers:Nandbox:AppId"] = options.Nandbox.AppId,
            ["Providers:Nandbox:RequestTimeout"] = "00:00:02",
            ["Providers:Nandbox:ReconnectDelay"] = "00:00:00.050",
        };
        foreach (var provider in Enum.GetValues<Provider>())
        {
            var resilience = $"Providers:{provider}:Resilience:";
            settings[resilience + "TotalTimeout"] = "00:00:08";
            settings[resilience + "AttemptTimeout"] = "00:00:03";
            settings[resilience + "Retry:BaseDelay"] = "00:00:00.020";
            settings[resilience + "Retry:MaxDelay"] = "00:00:00.200";
            settings[resilience + "CircuitBreaker:MinimumThroughput"] = "1000";
            settings[resilience + "CircuitBreaker:BreakDuration"] = "00:00:00.500";
        }

        // GREEN-API's published 1/s would make every WhatsApp test wait; the pacing tests put it back.
        settings["Providers:WhatsApp:Resilience:RateLimits:getContactInfo:Permits"] = "1000";
        // A null override removes the test-sized setting: the service's default holds.
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                settings.Remove(key);
            }
            else
            {
                settings[key] = value;
            }
        }

        return settings;
    }

    /// <summary>Records this host's provider metrics from now on.</summary>
    public RecordedMeasurements Metrics() => new(Services.GetRequiredService<IMeterFactory>());

    public EndpointCounterSnapshot Counter(EmulatedProvider provider, string endpoint) => State.Counters.Get(provider, endpoint);

    /// <summary>Waits (polling, at most 10 s) until <paramref name="condition"/> holds.</summary>
    public static Task EventuallyAsync(Func<bool> condition, string what) => EventuallyAsync(() => Task.FromResult(condition()), what);

    /// <summary>Waits (polling, at most 10 s) until <paramref name="condition"/> holds.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting until " + what);
            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Emulators.DisposeAsync();
    }
}
