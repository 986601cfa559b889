namespace ProfileGraph.Providers.Configuration;

/// <summary><c>Providers:Nandbox</c>: the bot's socket, token and app, and how the one connection is kept up.</summary>
public sealed class NandboxOptions : ProviderOptions
{
    /// <summary>Per account, e.g. <c>wss://w1.nandbox.net:5020/nandbox/api/</c>.</summary>
    public Uri? Url { get; set; }

    /// <summary>"&lt;botId&gt;:0:&lt;secret&gt;", sent in the first frame only.</summary>
    public string? Token { get; set; }

    public string? AppId { get; set; }

    /// <summary>The documented keepalive: a <c>PING</c> frame this often.</summary>
    public TimeSpan PingInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one request waits for its reply in the pending map (nandbox documents no "not found" reply).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Connecting and authenticating, each time.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The first wait before reconnecting after a drop; each failed attempt about doubles it, with jitter.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// With Redis, how long the replica holding the bot's one socket keeps its lease without renewing it (it renews
    /// every third of it): after a holder dies, another replica takes the socket over within about this long.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(15);

    internal override Provider Provider => Provider.Nandbox;

    internal override IEnumerable<string> Problems() => new[]
    {
        RequiredUrl(Url, nameof(Url), "wss", "ws"),
        Required(Token, nameof(Token)),
        Required(AppId, nameof(AppId)),
        PingInterval > TimeSpan.Zero ? null : $"{Section}:{nameof(PingInterval)} must be positive",
        RequestTimeout > TimeSpan.Zero ? null : $"{Section}:{nameof(RequestTimeout)} must be positive",
        LeaseDuration >= TimeSpan.FromSeconds(1) ? null : $"{Section}:{nameof(LeaseDuration)} must be at least a second",
    }.OfType<string>();
}
