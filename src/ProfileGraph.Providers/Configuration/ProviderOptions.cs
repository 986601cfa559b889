namespace ProfileGraph.Providers.Configuration;

/// <summary>
/// What every provider's options share: the configuration section they bind from, and a check that names the
/// missing or malformed keys, never their values. Classes, not records, so no <c>ToString</c> prints a secret.
/// </summary>
public abstract class ProviderOptions
{
    /// <summary>"Providers:Slack" and so on.</summary>
    internal string Section => "Providers:" + Provider;

    internal abstract Provider Provider { get; }

    /// <summary>Every problem with the options, each naming its configuration key.</summary>
    internal abstract IEnumerable<string> Problems();

    private protected string? Required(string? value, string key) =>
        string.IsNullOrWhiteSpace(value) ? $"{Section}:{key} is required" : null;

    private protected string? RequiredUrl(Uri? url, string key, params string[] schemes) => url switch
    {
        null => $"{Section}:{key} is required",
        { IsAbsoluteUri: false } => $"{Section}:{key} must be an absolute URL",
        _ when !schemes.Contains(url.Scheme, StringComparer.OrdinalIgnoreCase) => $"{Section}:{key} must be a {string.Join(" or ", schemes)} URL",
        _ => null,
    };
}
