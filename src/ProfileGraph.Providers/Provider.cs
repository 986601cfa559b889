namespace ProfileGraph.Providers;

/// <summary>The four profile providers. The name is the one used in configuration keys, logs, metrics and errors.</summary>
public enum Provider
{
    Slack,

    /// <summary>Telegram, through Infobip.</summary>
    Telegram,

    /// <summary>WhatsApp, through GREEN-API.</summary>
    WhatsApp,

    Nandbox,
}
