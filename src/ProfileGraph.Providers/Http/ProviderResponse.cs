using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ProfileGraph.Providers.Errors;
using ProfileGraph.Providers.Resilience;

namespace ProfileGraph.Providers.Http;

/// <summary>One HTTP answer, read whole, with the helpers every client uses to turn it into a result or a failure.</summary>
internal sealed class ProviderResponse(ProviderOperation operation, HttpResponseMessage message, byte[] body, TimeProvider time)
{
    public HttpStatusCode Status => message.StatusCode;

    public bool IsSuccess => message.IsSuccessStatusCode;

    public byte[] Body => body;

    public TimeSpan? RetryAfter => ProviderFailures.RetryAfterOf(message, time);

    /// <summary>The body as <typeparamref name="T"/>; an unreadable or empty body is a bad response.</summary>
    public T Read<T>(JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(body, type) ?? throw ProviderFailures.BadResponse(operation.Provider, operation.Name, "empty answer");
        }
        catch (JsonException exception)
        {
            throw ProviderFailures.BadResponse(operation.Provider, operation.Name, "invalid JSON", exception);
        }
    }

    /// <summary>The failure the status means, unless the client knows better.</summary>
    public ProviderException Failure(string? providerCode = null, ProviderErrorKind? kind = null, bool? isTransient = null) =>
        ProviderFailures.FromStatus(operation.Provider, operation.Name, Status, RetryAfter, providerCode, kind, isTransient);
}
