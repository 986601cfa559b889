using System.Net;
using ProfileGraph.GraphQL.AspNetCore.Tests.Infrastructure;

namespace ProfileGraph.GraphQL.AspNetCore.Tests;

/// <summary>Banana Cake Pop at /graphql/ui/, from the files embedded in the library, and browsers sent there.</summary>
public sealed class IdeTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private readonly HttpClient _client = factory.CreateRawClient();

    [Fact]
    public async Task A_browser_opening_the_endpoint_is_sent_to_the_IDE()
    {
        var response = await _client.GetAsync("/graphql", BrowserAccept);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql/ui/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_browser_with_a_query_in_the_URL_gets_the_result_instead()
    {
        var response = await _client.GetAsync(GraphQLHttp.Url(("query", "{ hello }")), BrowserAccept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLHttp.Json, response.MediaType());
    }

    [Fact]
    public async Task The_IDE_page_loads_its_scripts_from_beside_it()
    {
        var redirect = await _client.GetAsync("/graphql/ui", BrowserAccept);
        Assert.Equal("/graphql/ui/", redirect.Headers.Location!.OriginalString);

        var page = await _client.GetAsync("/graphql/ui/", BrowserAccept);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.MediaType());
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<title>Banana Cake Pop</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);

        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"(static/js/main\\.[0-9a-f]+\\.js)\"").Groups[1].Value;
        var js = await _client.GetAsync("/graphql/ui/" + script, accept: null);
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.Equal("text/javascript", js.MediaType());
        Assert.Equal("public, max-age=31536000, immutable", js.Headers.CacheControl!.ToString());
        Assert.True(js.Content.Headers.ContentLength > 100_000);
    }

    [Fact]
    public async Task The_configuration_points_the_IDE_at_the_endpoint_with_telemetry_off()
    {
        var response = await _client.GetAsync("/graphql/ui/bcp-config.json", accept: null);
        Assert.Equal(GraphQLHttp.Json, response.MediaType());
        Assert.Equal("""{"useBrowserUrlAsEndpoint":true,"endpoint":"/graphql","disableTelemetry":true}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_license_travels_with_the_IDE()
    {
        var response = await _client.GetAsync("/graphql/ui/LICENSE", accept: null);
        Assert.Equal("text/plain", response.MediaType());
        Assert.Contains("ChilliCream License 1.0", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_revalidate_by_ETag()
    {
        var first = await _client.GetAsync("/graphql/ui/favicon.svg", accept: null);
        Assert.Equal("no-cache", first.Headers.CacheControl!.ToString());
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/ui/favicon.svg");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("/graphql/ui/missing.js")]
    [InlineData("/graphql/ui/static")]
    [InlineData("/graphql/ui/package.json")]
    [InlineData("/graphql/ui/index.mjs")]
    public async Task Anything_else_is_404(string url)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(url, accept: null)).StatusCode);
    }
}

/// <summary>With the IDE off, nothing is served under /graphql/ui/ and browsers meet the endpoint itself.</summary>
public sealed class IdeOffTests : IDisposable
{
    private readonly TestHostFactory _factory = new() { Options = options => options.EnableIde = false };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Browsers_are_not_redirected_and_the_IDE_is_gone()
    {
        var client = _factory.CreateRawClient();
        var endpoint = await client.GetAsync("/graphql", "text/html,*/*;q=0.8");
        Assert.Equal(HttpStatusCode.BadRequest, endpoint.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/graphql/ui/", "text/html")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/graphql/ui/bcp-config.json", accept: null)).StatusCode);
    }
}
