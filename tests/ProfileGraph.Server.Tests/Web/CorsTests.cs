using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using ProfileGraph.Server.Tests.Integration;

namespace ProfileGraph.Server.Tests.Web;

/// <summary>
/// Browser apps on other origins: preflights answered by ASP.NET Core's CORS middleware before the key is checked,
/// allowed per configured origin (loopback origins in Development only), refused ones without any CORS header or body.
/// </summary>
public sealed class CorsTests
{
    private const string App = "https://app.example.com";

    [Fact]
    public async Task A_preflight_from_an_allowed_origin_is_answered_before_the_key_is_checked()
    {
        await using var server = await StartAsync("Production", new() { ["Cors:AllowedOrigins:0"] = App, ["Clients:RequireKey"] = null });
        using var response = await PreflightAsync(server, App, "content-type,x-api-key,graphql-cost,cache-control");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(App, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Header(response, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        var allowedHeaders = Header(response, "Access-Control-Allow-Headers")!.Split(',', StringSplitOptions.TrimEntries).Select(h => h.ToLowerInvariant()).ToHashSet();
        Assert.Superset(new HashSet<string> { "accept", "authorization", "cache-control", "content-type", "graphql-cost", "x-api-key" }, allowedHeaders);
        Assert.Equal("600", Header(response, "Access-Control-Max-Age"));
        Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
        Assert.Contains("Origin", response.Headers.Vary);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_refused_origin_gets_no_cors_headers_and_no_body_while_an_allowed_one_can_read_even_a_refusal()
    {
        await using var server = await StartAsync("Production", new() { ["Cors:AllowedOrigins:0"] = App, ["Clients:RequireKey"] = null });
        using var preflight = await PreflightAsync(server, "https://evil.example.net", "content-type,x-api-key");
        using var refusedPost = await PostAsync(server, "https://evil.example.net");
        using var allowedPost = await PostAsync(server, App);
        using var localhost = await PreflightAsync(server, "http://localhost:5173", "content-type");

        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.DoesNotContain(preflight.Headers, header => header.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(await preflight.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain(refusedPost.Headers, header => header.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(localhost.Headers, header => header.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));

        // Production requires a key: the allowed origin's app can read the 401 and its code, and Retry-After on a 429.
        Assert.Equal(HttpStatusCode.Unauthorized, allowedPost.StatusCode);
        Assert.Equal(App, Header(allowedPost, "Access-Control-Allow-Origin"));
        Assert.Contains("Retry-After", Header(allowedPost, "Access-Control-Expose-Headers"), StringComparison.Ordinal);
        Assert.Contains("Origin", allowedPost.Headers.Vary);
    }

    [Fact]
    public async Task Development_allows_loopback_origins_on_any_port_and_nothing_else()
    {
        await using var server = await StartAsync("Development", []);
        using var localhost = await PreflightAsync(server, "http://localhost:5173", "content-type");
        using var loopback = await PreflightAsync(server, "http://127.0.0.1:8080", "content-type");
        using var lookalike = await PreflightAsync(server, "http://localhost.example.net", "content-type");
        using var post = await PostAsync(server, "http://localhost:5173");

        Assert.Equal("http://localhost:5173", Header(localhost, "Access-Control-Allow-Origin"));
        Assert.Equal("http://127.0.0.1:8080", Header(loopback, "Access-Control-Allow-Origin"));
        Assert.Null(Header(lookalike, "Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal("http://localhost:5173", Header(post, "Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("https://app.example.com/path")]
    [InlineData("frontend.test")]
    public async Task An_origin_that_is_no_origin_stops_the_service_with_the_setting_named(string origin)
    {
        var server = new ProfileGraphServer(new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = origin });
        await using (server)
        {
            var error = await Assert.ThrowsAsync<OptionsValidationException>(server.InitializeAsync);
            Assert.Contains("Cors:AllowedOrigins", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(origin, error.Message, StringComparison.Ordinal);
        }
    }

    private static async Task<ProfileGraphServer> StartAsync(string environment, Dictionary<string, string?> settings)
    {
        var server = new ProfileGraphServer(settings, environment);
        await server.InitializeAsync();
        return server;
    }

    private static async Task<HttpResponseMessage> PreflightAsync(ProfileGraphServer server, string origin, string headers)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, "graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> PostAsync(ProfileGraphServer server, string origin)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query = "{ __typename }" }) };
        request.Headers.Add("Origin", origin);
        return await client.SendAsync(request);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}
