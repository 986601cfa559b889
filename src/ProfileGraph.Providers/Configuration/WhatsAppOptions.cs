namespace ProfileGraph.Providers.Configuration;

/// <summary>
/// <c>Providers:WhatsApp</c>: one GREEN-API instance. Its token travels in request paths, which is why the
/// WhatsApp HTTP client logs no URLs.
/// </summary>
public sealed class WhatsAppOptions : ProviderOptions
{
    /// <summary>Per instance, e.g. <c>https://7105.api.greenapi.com</c>.</summary>
    public Uri? ApiUrl { get; set; }

    public string? IdInstance { get; set; }

    public string? ApiTokenInstance { get; set; }

    internal override Provider Provider => Provider.WhatsApp;

    internal override IEnumerable<string> Problems() => new[]
    {
        RequiredUrl(ApiUrl, nameof(ApiUrl), "https", "http"),
        Required(IdInstance, nameof(IdInstance)),
        Required(ApiTokenInstance, nameof(ApiTokenInstance)),
    }.OfType<string>();
}
