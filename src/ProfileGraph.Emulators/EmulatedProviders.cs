namespace ProfileGraph.Emulators;

/// <summary>Names of the providers and their endpoints as they appear in counters and admin routes.</summary>
public static class EmulatedProviders
{
    public static IReadOnlyList<EmulatedProvider> All { get; } = Enum.GetValues<EmulatedProvider>();

    public static string RouteName(this EmulatedProvider provider) => provider switch
    {
        EmulatedProvider.Slack => "slack",
        EmulatedProvider.Telegram => "telegram",
        EmulatedProvider.WhatsApp => "whatsapp",
        EmulatedProvider.Nandbox => "nandbox",
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    public static bool TryParseRouteName(string? name, out EmulatedProvider provider)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.RouteName(), name, StringComparison.OrdinalIgnoreCase))
            {
                provider = candidate;
                return true;
            }
        }

        provider = default;
        return false;
    }
}
