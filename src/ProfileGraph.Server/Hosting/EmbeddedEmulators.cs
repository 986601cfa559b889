using ProfileGraph.Emulators;
using ProfileGraph.Emulators.Hosting;
using ProfileGraph.Providers;

namespace ProfileGraph.Server.Hosting;

/// <summary>
/// The zero-configuration default: the four provider emulators run inside the service on a loopback port of their
/// own, seeded, and every provider whose <c>Providers:&lt;Name&gt;:UseEmulator</c> is not <c>false</c> points at them
/// with the emulators' credentials, wherever configuration does not say otherwise. Setting it to false (with the provider's real credentials) switches that
/// provider to the real API: configuration alone.
/// </summary>
public static class EmbeddedEmulators
{
    /// <summary>Starts the emulators when a provider uses them and points those providers at them.</summary>
    public static async Task<EmulatedProviders> AddEmbeddedEmulatorsAsync(this WebApplicationBuilder builder)
    {
        var emulated = Enum.GetValues<Provider>().Where(p => builder.Configuration.GetValue($"Providers:{p}:UseEmulator", true)).ToArray();
        var providers = new EmulatedProviders(emulated);
        builder.Services.AddSingleton(providers);
        if (!providers.Any)
        {
            return providers;
        }

        var host = await EmulatorHost.StartAsync(options => builder.Configuration.GetSection("Emulators").Bind(options)).ConfigureAwait(false);
        builder.Services.AddSingleton(host);   // disposed, and so stopped, with the service
        // The emulators fill in what configuration leaves out (a test may give another token, say).
        var configuration = builder.Configuration;
        builder.Configuration.AddInMemoryCollection(Settings(host, emulated).Where(setting => string.IsNullOrEmpty(configuration[setting.Key])));
        return providers;
    }

    /// <summary>The configuration that points <paramref name="providers"/> at <paramref name="host"/>, with its default credentials.</summary>
    public static Dictionary<string, string?> Settings(EmulatorHost host, IEnumerable<Provider> providers)
    {
        var options = host.State.Options;
        var all = new Dictionary<Provider, Dictionary<string, string?>>
        {
            [Provider.Slack] = new() { ["BaseUrl"] = host.Urls.SlackApi.AbsoluteUri, ["Token"] = options.Slack.Token },
            [Provider.Telegram] = new()
            {
                ["BaseUrl"] = host.Urls.InfobipBaseUrl.AbsoluteUri,
                ["ApiKey"] = options.Telegram.ApiKey,
                ["ApplicationKey"] = options.Telegram.ApplicationKey,
            },
            [Provider.WhatsApp] = new()
            {
                ["ApiUrl"] = host.Urls.GreenApiUrl.AbsoluteUri,
                ["IdInstance"] = options.WhatsApp.IdInstance,
                ["ApiTokenInstance"] = options.WhatsApp.ApiTokenInstance,
            },
            [Provider.Nandbox] = new()
            {
                ["Url"] = host.Urls.NandboxWebSocket.AbsoluteUri,
                ["Token"] = options.Nandbox.Token,
                ["AppId"] = options.Nandbox.AppId,
            },
        };
        return providers.SelectMany(provider => all[provider].Select(setting => KeyValuePair.Create($"Providers:{provider}:{setting.Key}", setting.Value)))
            .ToDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
