using System.Net;
using ProfileGraph.GraphQL.AspNetCore.Http;
using ProfileGraph.GraphQL.AspNetCore.Tests.Infrastructure;

namespace ProfileGraph.GraphQL.AspNetCore.Tests;

/// <summary>GET requests: URL parameters, JSON-encoded variables and extensions, queries only, and <c>?sdl</c>.</summary>
public sealed class GetRequestTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_query_runs_with_its_parameters_in_the_URL()
    {
        var url = GraphQLHttp.Url(
            ("query", "query A { hello } query B($id: ID!) { user(id: $id) { name } }"),
            ("operationName", "B"),
            ("variables", """{"id":"1"}"""),
            ("extensions", """{"some":"value"}"""));
        var response = await _client.GetAsync(url, GraphQLHttp.GraphQLResponseJson);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"user":{"name":"Ada Lovelace"}}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Empty_optional_parameters_are_as_good_as_none()
    {
        var response = await _client.GetAsync(GraphQLHttp.Url(("query", "{ hello }"), ("operationName", ""), ("variables", ""), ("extensions", "")), GraphQLHttp.Json);
        Assert.Equal("""{"data":{"hello":"Hello, World!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/graphql", "A GET request needs a \"query\" URL parameter holding the GraphQL document (or a \"documentId\").")]
    [InlineData("/graphql?query=%7Bhello%7D&query=%7Bhello%7D", "The \"query\" URL parameter is given more than once.")]
    [InlineData("/graphql?query=%7Bhello%7D&variables=%7B", "The \"variables\" URL parameter is not valid JSON: ")]
    [InlineData("/graphql?query=%7Bhello%7D&variables=%5B7%5D", "The \"variables\" URL parameter must be a JSON-encoded object.")]
    [InlineData("/graphql?query=%7Bhello%7D&extensions=%22x%22", "The \"extensions\" URL parameter must be a JSON-encoded object.")]
    public async Task Parameters_that_are_no_well_formed_request_are_400(string url, string expected)
    {
        var (message, code) = await (await _client.GetAsync(url, GraphQLHttp.GraphQLResponseJson)).AssertRequestErrorAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith(expected, message, StringComparison.Ordinal);
        Assert.Equal(HttpErrorCodes.BadRequest, code);
    }

    [Fact]
    public async Task A_document_that_does_not_parse_is_400_over_GET_too()
    {
        var response = await _client.GetAsync(GraphQLHttp.Url(("query", "{")), GraphQLHttp.GraphQLResponseJson);
        Assert.Equal("GRAPHQL_PARSE_FAILED", (await response.AssertRequestErrorAsync(HttpStatusCode.BadRequest)).Code);
    }

    [Fact]
    public async Task Sdl_returns_the_printed_schema_as_text()
    {
        var response = await _client.GetAsync("/graphql?sdl", accept: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.MediaType());
        var sdl = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("\"\"\"The test schema's queries.\"\"\"\ntype Query {\n", sdl, StringComparison.Ordinal);
        Assert.Contains("type Mutation {\n  increment(by: Int = 1): Int!\n}", sdl, StringComparison.Ordinal);
    }
}

/// <summary>With GET requests and schema requests off, only POST runs GraphQL.</summary>
public sealed class GetRequestsOffTests : IDisposable
{
    private readonly TestHostFactory _factory = new()
    {
        Options = options =>
        {
            options.EnableGetRequests = false;
            options.EnableSchemaRequests = false;
        },
    };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task GET_is_405_with_Allow_POST()
    {
        var client = _factory.CreateClient();
        foreach (var url in new[] { GraphQLHttp.Url(("query", "{ hello }")), "/graphql?sdl" })
        {
            var response = await client.GetAsync(url, GraphQLHttp.Json);
            Assert.Equal(HttpErrorCodes.MethodNotAllowed, (await response.AssertRequestErrorAsync(HttpStatusCode.MethodNotAllowed)).Code);
            Assert.Equal(["POST"], response.Content.Headers.Allow);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.PostJsonAsync(new { query = "{ hello }" })).StatusCode);
    }
}
