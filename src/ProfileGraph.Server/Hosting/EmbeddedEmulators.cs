using ProfileGraph.Emulators;
using ProfileGraph.Emulators.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using ProfileGraph.Providers;
using ProfileGraph.Server.Events;

namespace ProfileGraph.Server.Hosting;

/// <summary>
/// The zero-configuration default: the four provider emulators run inside the service on a loopback port of their
/// own, seeded, and every provider whose <c>Providers:&lt;Name&gt;:UseEmulator</c> is not <c>false</c> points at them
/// with the emulators' credentials, wherever configuration does not say otherwise. <c>Emulators:Url</c> points those
/// providers at a standalone emulator host instead (<c>dotnet run --project src/ProfileGraph.Emulators</c>), so that
/// replicas share one emulated provider, its limits and its counters, as they would share the real one. Setting
/// <c>UseEmulator</c> to false (with the provider's real credentials) switches that provider to the real API:
/// configuration alone.
/// </summary>
public static class EmbeddedEmulators
{
    /// <summary>Starts the emulators (unless they run elsewhere) when a provider uses them and points those providers at them.</summary>
    public static async Task<EmulatedProviders> AddEmbeddedEmulatorsAsync(this WebApplicationBuilder builder)
    {
        var emulated = Enum.GetValues<Provider>().Where(p => builder.Configuration.GetValue($"Providers:{p}:UseEmulator", true)).ToArray();
        var providers = new EmulatedProviders(emulated);
        builder.Services.AddSingleton(providers);
        if (!providers.Any)
        {
            return providers;
        }

        var section = builder.Configuration.GetSection("Emulators");
        EmulatorUrls urls;
        EmulatorOptions options;
        if (section["Url"] is { Length: > 0 } url)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
            {
                throw new InvalidOperationException($"Emulators:Url must be an absolute http or https URL of an emulator host, not '{url}'.");
            }

            urls = EmulatorUrls.For(address);
            options = new EmulatorOptions();
            section.Bind(options);
        }
        else
        {
            var host = await EmulatorHost.StartAsync(section.Bind).ConfigureAwait(false);
            builder.Services.AddSingleton(host);   // disposed, and so stopped, with the service
            urls = host.Urls;
            options = host.State.Options;
        }

        // The emulators fill in what configuration leaves out (a test may give another token, say).
        var configuration = builder.Configuration;
        builder.Configuration.AddInMemoryCollection(Settings(urls, options, emulated).Where(setting => string.IsNullOrEmpty(configuration[setting.Key])));
        return providers;
    }

    /// <summary>
    /// Once the service listens, points the embedded Slack emulator's events at its own <c>/slack/events</c>, signed with
    /// the service's secret (unless <c>Emulators:Slack:EventsUrl</c> says otherwise), so a user changed through the
    /// emulator's admin API reaches the change feed with no configuration.
    /// </summary>
    public static void PointEmulatedSlackEventsHere(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var events = app.Services.GetRequiredService<IOptions<SlackEventsOptions>>().Value;
        if (app.Services.GetService<EmulatorHost>() is not { } host || !app.Services.GetRequiredService<EmulatedProviders>().Contains(Provider.Slack)
            || host.State.Options.Slack.EventsUrl is not null || !events.Enabled)
        {
            return;
        }

        // The embedded emulator is this service's Slack: it signs with whatever secret the service was given.
        host.State.Options.Slack.SigningSecret = events.SigningSecret!;

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var address = addresses.FirstOrDefault(a => a.StartsWith("http:", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault();
            if (address is not null)
            {
                host.State.Options.Slack.EventsUrl = new Uri(LoopbackOf(address), SlackEventsEndpoint.Path.TrimStart('/'));
            }
        });
    }

    /// <summary>A listening address the emulator can call: a wildcard host ("+", "*", 0.0.0.0, [::]) becomes 127.0.0.1.</summary>
    private static Uri LoopbackOf(string address)
    {
        var binding = BindingAddress.Parse(address);
        var host = binding.Host is "+" or "*" or "0.0.0.0" or "[::]" ? "127.0.0.1" : binding.Host;
        return new UriBuilder(binding.Scheme, host, binding.Port, binding.PathBase + "/").Uri;
    }

    /// <summary>The configuration that points <paramref name="providers"/> at emulators at <paramref name="urls"/>, with the credentials of <paramref name="options"/>.</summary>
    public static Dictionary<string, string?> Settings(EmulatorUrls urls, EmulatorOptions options, IEnumerable<Provider> providers)
    {
        var all = new Dictionary<Provider, Dictionary<string, string?>>
        {
            [Provider.Slack] = new() { ["BaseUrl"] = urls.SlackApi.AbsoluteUri, ["Token"] = options.Slack.Token, ["SigningSecret"] = options.Slack.SigningSecret },
            [Provider.Telegram] = new()
            {
                ["BaseUrl"] = urls.InfobipBaseUrl.AbsoluteUri,
                ["ApiKey"] = options.Telegram.ApiKey,
                ["ApplicationKey"] = options.Telegram.ApplicationKey,
            },
            [Provider.WhatsApp] = new()
            {
                ["ApiUrl"] = urls.GreenApiUrl.AbsoluteUri,
                ["IdInstance"] = options.WhatsApp.IdInstance,
                ["ApiTokenInstance"] = options.WhatsApp.ApiTokenInstance,
            },
            [Provider.Nandbox] = new()
            {
                ["Url"] = urls.NandboxWebSocket.AbsoluteUri,
                ["Token"] = options.Nandbox.Token,
                ["AppId"] = options.Nandbox.AppId,
            },
        };
        return providers.SelectMany(provider => all[provider].Select(setting => KeyValuePair.Create($"Providers:{provider}:{setting.Key}", setting.Value)))
            .ToDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
