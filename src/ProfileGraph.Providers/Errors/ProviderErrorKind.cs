namespace ProfileGraph.Providers.Errors;

/// <summary>What went wrong with a provider call, in terms a caller can act on whichever provider it was.</summary>
public enum ProviderErrorKind
{
    /// <summary>The user, contact or application does not exist.</summary>
    NotFound,

    /// <summary>The credentials were refused: wrong, revoked, or of a deactivated account.</summary>
    Unauthorized,

    /// <summary>Valid credentials without the scope, permission or instance the call needs.</summary>
    Forbidden,

    /// <summary>Too many requests: the provider throttled, or this client's own limiter would not queue more.</summary>
    Throttled,

    /// <summary>The provider failed: a 5xx, a dropped connection, or its circuit breaker is open.</summary>
    Unavailable,

    /// <summary>No answer in time.</summary>
    Timeout,

    /// <summary>The provider answered something that could not be read.</summary>
    BadResponse,

    /// <summary>The request itself was refused (a 400, a group chat id): no retry can help.</summary>
    InvalidRequest,
}
