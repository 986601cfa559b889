namespace ProfileGraph.Server.Events;

/// <summary>
/// <c>Providers:Slack:SigningSecret</c>: the Slack app's signing secret, which <c>POST /slack/events</c> checks every
/// request against. Without one the endpoint does not exist. A class, not a record, so no <c>ToString</c> prints it.
/// </summary>
public sealed class SlackEventsOptions
{
    public const string Section = "Providers:Slack";

    public string? SigningSecret { get; set; }

    /// <summary>Whether a signing secret is configured.</summary>
    public bool Enabled => !string.IsNullOrEmpty(SigningSecret);
}
