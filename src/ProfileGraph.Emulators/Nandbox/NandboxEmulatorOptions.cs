namespace ProfileGraph.Emulators.Nandbox;

/// <summary>nandbox bot credentials: tokens are "&lt;botId&gt;:0:&lt;secret&gt;".</summary>
public sealed class NandboxEmulatorOptions
{
    /// <summary>A bot with the "Manage Users" permission.</summary>
    public string Token { get; set; } = "90091783736521284:0:profilegraph-emulator-secret";

    /// <summary>A valid bot without "Manage Users": getUser answers an error frame.</summary>
    public string LimitedToken { get; set; } = "90091783736521285:0:profilegraph-emulator-limited";

    public string BotName { get; set; } = "ProfileGraph Bot";

    /// <summary>The app the bot serves, as in the documentation's example.</summary>
    public string AppId { get; set; } = "90090684293000559";
}
