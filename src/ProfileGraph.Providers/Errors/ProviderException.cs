namespace ProfileGraph.Providers.Errors;

/// <summary>
/// The one exception every provider client throws for a failed call. Messages are composed from fixed text
/// and the provider's own error codes, never from URLs, headers or frames, so no credential can reach them.
/// </summary>
public sealed class ProviderException : Exception
{
    public ProviderException(
        Provider provider,
        ProviderErrorKind kind,
        string message,
        Exception? innerException = null,
        TimeSpan? retryAfter = null,
        string? providerCode = null,
        bool? isTransient = null)
        : base(message, innerException)
    {
        Provider = provider;
        Kind = kind;
        RetryAfter = retryAfter;
        ProviderCode = providerCode;
        IsTransient = isTransient ?? kind is ProviderErrorKind.Throttled or ProviderErrorKind.Unavailable or ProviderErrorKind.Timeout;
    }

    public Provider Provider { get; }

    public ProviderErrorKind Kind { get; }

    /// <summary>How long the provider asked callers to wait (Slack's <c>Retry-After</c>, an open breaker), when known.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The provider's own word for the failure: a Slack <c>error</c>, an Infobip <c>messageId</c>, an HTTP status, a nandbox error text.</summary>
    public string? ProviderCode { get; }

    /// <summary>
    /// Whether the same call may succeed later: throttling, outages and timeouts are, unless the provider says
    /// otherwise (GREEN-API's monthly quota) or the refusal came from this client's own limiter.
    /// </summary>
    public bool IsTransient { get; }

    /// <summary>Whether the failure says something about the provider's health (a missing user does not).</summary>
    public bool CountsAgainstProvider => Kind is not (ProviderErrorKind.NotFound or ProviderErrorKind.InvalidRequest);
}
