using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ProfileGraph.Providers.Errors;

/// <summary>
/// The one mapping from what can go wrong on the wire, or in the pipeline, to a <see cref="ProviderException"/>.
/// Each client adds only what its provider says in its own words (a Slack <c>error</c>, a nandbox error text).
/// </summary>
internal static class ProviderFailures
{
    /// <summary>The kind an HTTP status means, whatever the provider.</summary>
    public static ProviderErrorKind KindOf(HttpStatusCode status) => (int)status switch
    {
        400 or 422 => ProviderErrorKind.InvalidRequest,
        401 => ProviderErrorKind.Unauthorized,
        403 => ProviderErrorKind.Forbidden,
        404 or 410 => ProviderErrorKind.NotFound,
        408 => ProviderErrorKind.Timeout,
        429 => ProviderErrorKind.Throttled,
        // 499: GREEN-API's "retry with a delay" gateway answer.
        499 or >= 500 => ProviderErrorKind.Unavailable,
        _ => ProviderErrorKind.BadResponse,
    };

    /// <summary>A failed HTTP answer: the status decides the kind unless the caller knows better.</summary>
    public static ProviderException FromStatus(
        Provider provider,
        string operation,
        HttpStatusCode status,
        TimeSpan? retryAfter,
        string? providerCode = null,
        ProviderErrorKind? kind = null,
        bool? isTransient = null)
    {
        var code = (int)status;
        var resolved = kind ?? KindOf(status);
        var detail = providerCode is null ? "" : $" ({providerCode})";
        return new ProviderException(
            provider,
            resolved,
            $"{provider} {operation}: {Describe(resolved)}, HTTP {code.ToString(CultureInfo.InvariantCulture)}{detail}",
            retryAfter: retryAfter,
            providerCode: providerCode ?? code.ToString(CultureInfo.InvariantCulture),
            isTransient: isTransient);
    }

    /// <summary>A provider's own error code (Slack, nandbox) already mapped to a kind.</summary>
    public static ProviderException FromCode(Provider provider, string operation, ProviderErrorKind kind, string code, TimeSpan? retryAfter = null) =>
        new(provider, kind, $"{provider} {operation}: {Describe(kind)} ({code})", retryAfter: retryAfter, providerCode: code);

    public static ProviderException BadResponse(Provider provider, string operation, string what, Exception? inner = null) =>
        new(provider, ProviderErrorKind.BadResponse, $"{provider} {operation}: unreadable answer ({what})", inner);

    /// <summary>
    /// Transport and pipeline exceptions as provider failures; null for what is no provider's fault
    /// (the caller's own cancellation, a bug).
    /// </summary>
    public static ProviderException? From(Provider provider, string operation, Exception exception) => exception switch
    {
        ProviderException failure => failure,
        TimeoutRejectedException timeout => new ProviderException(
            provider, ProviderErrorKind.Timeout, $"{provider} {operation}: no answer within {timeout.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s", timeout),
        BrokenCircuitException broken => new ProviderException(
            provider, ProviderErrorKind.Unavailable, $"{provider} {operation}: circuit open after repeated failures", broken, broken.RetryAfter),
        HttpRequestException or WebSocketException or IOException => new ProviderException(
            provider, ProviderErrorKind.Unavailable, $"{provider} {operation}: connection failed ({exception.GetType().Name})", exception),
        JsonException => BadResponse(provider, operation, "invalid JSON", exception),
        _ => null,
    };

    /// <summary>When an HTTP answer asks to come back: <c>Retry-After</c> as seconds or as a date.</summary>
    public static TimeSpan? RetryAfterOf(HttpResponseMessage response, TimeProvider time) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > time.GetUtcNow() ? date - time.GetUtcNow() : TimeSpan.Zero,
        _ => null,
    };

    private static string Describe(ProviderErrorKind kind) => kind switch
    {
        ProviderErrorKind.NotFound => "not found",
        ProviderErrorKind.Unauthorized => "credentials refused",
        ProviderErrorKind.Forbidden => "not permitted",
        ProviderErrorKind.Throttled => "throttled",
        ProviderErrorKind.Unavailable => "unavailable",
        ProviderErrorKind.Timeout => "timed out",
        ProviderErrorKind.InvalidRequest => "request refused",
        _ => "unreadable answer",
    };
}
