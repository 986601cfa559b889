namespace ProfileGraph.Providers.Configuration;

/// <summary>
/// <c>Providers:Telegram</c>: an Infobip account's base URL and Telegram application, with either an API key
/// (<c>Authorization: App</c>, recommended) or a username and password (<c>Authorization: Basic</c>).
/// </summary>
public sealed class TelegramOptions : ProviderOptions
{
    /// <summary>Per account, e.g. <c>https://xxxxx.api.infobip.com</c>: configuration, not derived.</summary>
    public Uri? BaseUrl { get; set; }

    public string? ApiKey { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string? ApplicationKey { get; set; }

    internal override Provider Provider => Provider.Telegram;

    internal override IEnumerable<string> Problems()
    {
        var credentials = !string.IsNullOrWhiteSpace(ApiKey) || (!string.IsNullOrWhiteSpace(Username) && !string.IsNullOrEmpty(Password))
            ? null
            : $"{Section}:{nameof(ApiKey)} (or {Section}:{nameof(Username)} and {Section}:{nameof(Password)}) is required";
        return new[] { RequiredUrl(BaseUrl, nameof(BaseUrl), "https", "http"), credentials, Required(ApplicationKey, nameof(ApplicationKey)) }.OfType<string>();
    }
}
