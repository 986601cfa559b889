namespace ProfileGraph.Server.Graph.Users;

/// <summary>
/// The provider calls a selection needs. Look-ahead over a <c>User</c> selection sums them before anything is fetched,
/// so each user costs the fewest calls that serve every selected field (and none for <c>id</c>, <c>provider</c> and
/// <c>providerId</c>).
/// </summary>
[Flags]
public enum DataNeeds
{
    None = 0,

    /// <summary>Slack users.profile.get.</summary>
    SlackProfile = 1 << 0,

    /// <summary>Slack users.info (which also carries the profile, without labels).</summary>
    SlackAccount = 1 << 1,

    /// <summary>Slack users.profile.get with include_labels (which also serves the plain profile).</summary>
    SlackLabels = 1 << 2,

    /// <summary>Infobip: the Telegram user.</summary>
    TelegramUser = 1 << 3,

    /// <summary>GREEN-API getContactInfo (1 request/s, which also carries the avatar).</summary>
    WhatsAppContact = 1 << 4,

    /// <summary>GREEN-API getAvatar (10 requests/s).</summary>
    WhatsAppAvatar = 1 << 5,

    /// <summary>nandbox getUser.</summary>
    NandboxUser = 1 << 6,

    /// <summary>What the normalized profile fields need, whichever the provider.</summary>
    Profile = SlackProfile | TelegramUser | WhatsAppContact | NandboxUser,
}
