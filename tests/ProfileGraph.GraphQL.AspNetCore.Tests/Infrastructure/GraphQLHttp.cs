using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ProfileGraph.GraphQL.AspNetCore.Tests.Infrastructure;

/// <summary>Sends GraphQL-over-HTTP requests as clients do, and reads what comes back.</summary>
public static class GraphQLHttp
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>A POST of <paramref name="body"/> (raw text) as application/json unless told otherwise.</summary>
    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, string body, string? accept = GraphQLResponseJson, string? contentType = Json, string path = "/graphql")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return client.SendAsync(request);
    }

    /// <summary>A POST of a request object serialized to JSON.</summary>
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, object request, string? accept = GraphQLResponseJson) =>
        client.PostAsync(JsonSerializer.Serialize(request), accept);

    public static Task<HttpResponseMessage> GetAsync(this HttpClient client, string pathAndQuery, string? accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return client.SendAsync(request);
    }

    /// <summary>The URL of a GET request with the given parameters, encoded as URLSearchParams does.</summary>
    public static string Url(params (string Name, string Value)[] parameters) =>
        "/graphql?" + string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}"));

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public static string? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    /// <summary>Asserts a GraphQL error response without data, and returns its first error's message and code.</summary>
    public static async Task<(string Message, string Code)> AssertRequestErrorAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var json = await response.JsonAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.False(json.TryGetProperty("data", out _), "a request error has no data entry");
        var error = json.GetProperty("errors")[0];
        return (error.GetProperty("message").GetString()!, error.GetProperty("extensions").GetProperty("code").GetString()!);
    }
}
