namespace ProfileGraph.Providers.Configuration;

/// <summary><c>Providers:Slack</c>: a bot token with <c>users:read</c> and <c>users.profile:read</c>.</summary>
public sealed class SlackOptions : ProviderOptions
{
    /// <summary>The Web API root; an emulator's <c>/api/</c> in tests and the zero-configuration run.</summary>
    public Uri? BaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>Sent as <c>Authorization: Bearer</c>, never in a URL.</summary>
    public string? Token { get; set; }

    internal override Provider Provider => Provider.Slack;

    internal override IEnumerable<string> Problems() =>
        new[] { RequiredUrl(BaseUrl, nameof(BaseUrl), "https", "http"), Required(Token, nameof(Token)) }.OfType<string>();
}
