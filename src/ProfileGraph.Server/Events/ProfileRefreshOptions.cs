namespace ProfileGraph.Server.Events;

/// <summary>
/// How the users that <c>userChanged</c> subscriptions listen to are polled at providers that push no changes
/// (<c>Subscriptions:Refresh:*</c>).
/// </summary>
public sealed class ProfileRefreshOptions
{
    public const string Section = "Subscriptions:Refresh";

    /// <summary>How often the subscribed users are read again; an answer at most this old counts as current.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The most users of one provider read in one round (the rest wait for the next rounds, in turn), so a refresh
    /// never spends more than a small share of a provider's rate limit: GREEN-API answers one getContactInfo a second.
    /// </summary>
    public int MaxUsersPerProvider { get; set; } = 20;

    /// <summary>Whether Slack users are polled where Slack's Events API is off (no <c>Providers:Slack:SigningSecret</c>).</summary>
    public bool PollSlack { get; set; } = true;
}
