using ProfileGraph.Emulators.Faults;

namespace ProfileGraph.Emulators.WhatsApp;

/// <summary>GREEN-API instance credentials and its published per-instance limits.</summary>
public sealed class WhatsAppEmulatorOptions
{
    public string IdInstance { get; set; } = "1101000001";

    public string ApiTokenInstance { get; set; } = "pgemulator0d75b3a66374942c5b3c019c698abc2067e15155";

    /// <summary>Published: getContactInfo 1 request per second per instance.</summary>
    public RateLimitRule ContactInfoLimit { get; set; } = new(1, TimeSpan.FromSeconds(1));

    /// <summary>Published: getAvatar 10 requests per second per instance.</summary>
    public RateLimitRule AvatarLimit { get; set; } = new(10, TimeSpan.FromSeconds(1));

    /// <summary>Monthly method quota of the Developer plan; unlimited when unset. Beyond it: 466.</summary>
    public int? MonthlyQuota { get; set; }
}
