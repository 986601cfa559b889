using ProfileGraph.Emulators.Data;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Emulators.Nandbox;
using ProfileGraph.Emulators.Slack;
using ProfileGraph.Emulators.Telegram;
using ProfileGraph.Emulators.WhatsApp;

namespace ProfileGraph.Emulators;

/// <summary>
/// Everything the emulators can be configured with at start-up. The defaults give a working set of
/// credentials and the providers' published rate limits, so a caller needs to configure nothing.
/// Binds from configuration (section "Emulators" in the standalone host).
/// </summary>
public sealed class EmulatorOptions
{
    /// <summary>Seed of the generated data set; the same seed always gives the same users.</summary>
    public int Seed { get; set; } = EmulatorDataset.DefaultSeed;

    public SlackEmulatorOptions Slack { get; set; } = new();

    public TelegramEmulatorOptions Telegram { get; set; } = new();

    public WhatsAppEmulatorOptions WhatsApp { get; set; } = new();

    public NandboxEmulatorOptions Nandbox { get; set; } = new();

    /// <summary>Faults in force from start-up, per provider; the admin API changes them at run time.</summary>
    public Dictionary<EmulatedProvider, FaultProfile> Faults { get; set; } = [];

    /// <summary>Clock of the rate-limit windows; tests substitute one they can advance.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
