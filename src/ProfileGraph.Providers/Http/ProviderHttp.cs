using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ProfileGraph.Providers.Errors;
using ProfileGraph.Providers.Resilience;

namespace ProfileGraph.Providers.Http;

/// <summary>
/// The one shape of an HTTP provider call: through the provider's pipeline, one fresh request per attempt,
/// the whole body read, then the client's own reading of status and body (an answer, or a
/// <see cref="ProviderException"/> in that provider's terms).
/// </summary>
internal sealed class ProviderHttp(HttpClient http, ProviderPipeline pipeline, TimeProvider time)
{
    public Task<T> SendAsync<T>(
        ProviderOperation operation,
        Func<HttpRequestMessage> createRequest,
        Func<ProviderResponse, T> read,
        CancellationToken cancellationToken) =>
        pipeline.ExecuteAsync(
            operation,
            async attemptToken =>
            {
                using var request = createRequest();
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attemptToken).ConfigureAwait(false);
                var body = await response.Content.ReadAsByteArrayAsync(attemptToken).ConfigureAwait(false);
                return read(new ProviderResponse(operation, response, body, time));
            },
            cancellationToken);

    /// <summary>Reads a JSON body, or null when it is no JSON of that shape (the caller decides what that means).</summary>
    public static T? TryRead<T>(byte[] body, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return body.Length == 0 ? null : JsonSerializer.Deserialize(body, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
