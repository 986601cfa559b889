using ProfileGraph.Emulators.Faults;

namespace ProfileGraph.Emulators.Telegram;

/// <summary>Infobip credentials and the Telegram application the emulator knows.</summary>
public sealed class TelegramEmulatorOptions
{
    /// <summary>The application key of the documentation's examples.</summary>
    public string ApplicationKey { get; set; } = "8F0792F86035A9F4290821F1EE6BC06A";

    /// <summary>Accepted as <c>Authorization: App &lt;key&gt;</c>.</summary>
    public string ApiKey { get; set; } = "profilegraph-emulator-infobip-key";

    /// <summary>Accepted as <c>Authorization: Basic</c>; the defaults are the documentation's example.</summary>
    public string BasicUsername { get; set; } = "Aladdin";

    public string BasicPassword { get; set; } = "open sesame";

    /// <summary>Infobip throttles per endpoint without publishing numbers; this is a sensible stand-in.</summary>
    public RateLimitRule EndpointLimit { get; set; } = new(100, TimeSpan.FromSeconds(1));
}
