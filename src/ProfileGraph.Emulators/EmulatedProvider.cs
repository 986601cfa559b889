namespace ProfileGraph.Emulators;

/// <summary>The four emulated provider APIs; the lower-case name is the one used in admin routes.</summary>
public enum EmulatedProvider
{
    Slack,
    Telegram,
    WhatsApp,
    Nandbox,
}
