namespace ProfileGraph.Server.Caching;

/// <summary>The profile cache's settings for one provider (<c>Cache:Providers:&lt;Provider&gt;</c>).</summary>
public sealed class ProviderCacheOptions
{
    /// <summary>False sends every lookup of this provider to the provider.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long any answer of this provider stays fresh; unset keeps each call's own default.</summary>
    public TimeSpan? Duration { get; set; }

    /// <summary>How long an answer of one call stays fresh, by the call's name (<c>users.info</c>, <c>getContactInfo</c>, ...).</summary>
    public Dictionary<string, TimeSpan> Operations { get; } = new(StringComparer.OrdinalIgnoreCase);
}
