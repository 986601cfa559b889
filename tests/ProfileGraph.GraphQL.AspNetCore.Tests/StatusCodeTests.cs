using System.Net;
using ProfileGraph.GraphQL.AspNetCore.Http;
using ProfileGraph.GraphQL.AspNetCore.Tests.Infrastructure;
using ProfileGraph.GraphQL.Execution;

namespace ProfileGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// Every status-code path of the GraphQL-over-HTTP draft the endpoint implements, in both response media types:
/// application/graphql-response+json uses the status to tell request errors apart; application/json (legacy clients)
/// answers 200 to every well-formed request.
/// </summary>
public sealed class StatusCodeTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_result_with_data_is_200_in_either_media_type()
    {
        foreach (var (accept, mediaType) in new[] { (GraphQLHttp.GraphQLResponseJson, GraphQLHttp.GraphQLResponseJson), (GraphQLHttp.Json, GraphQLHttp.Json) })
        {
            var response = await _client.PostJsonAsync(new { query = "{ hello }" }, accept);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(mediaType, response.MediaType());
            Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
            Assert.Equal("""{"data":{"hello":"Hello, World!"}}""", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Field_errors_beside_data_are_200()
    {
        var response = await _client.PostJsonAsync(new { query = "{ user(id: \"1\") { name secret } }" });
        var json = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Ada Lovelace", json.GetProperty("data").GetProperty("user").GetProperty("name").GetString());
        Assert.Equal("The secret is not for you.", json.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("{", ErrorCodes.ParseFailed)]
    [InlineData("{ nope }", ErrorCodes.ValidationFailed)]
    [InlineData("query A { hello } query B { hello }", ErrorCodes.OperationNotFound)]
    public async Task Request_errors_are_400_in_graphql_response_json_and_200_in_json(string query, string code)
    {
        var strict = await _client.PostJsonAsync(new { query }, GraphQLHttp.GraphQLResponseJson);
        Assert.Equal(code, (await strict.AssertRequestErrorAsync(HttpStatusCode.BadRequest)).Code);
        Assert.Equal(GraphQLHttp.GraphQLResponseJson, strict.MediaType());

        var legacy = await _client.PostJsonAsync(new { query }, GraphQLHttp.Json);
        Assert.Equal(code, (await legacy.AssertRequestErrorAsync(HttpStatusCode.OK)).Code);
        Assert.Equal(GraphQLHttp.Json, legacy.MediaType());
    }

    [Fact]
    public async Task Variable_coercion_failure_is_400_in_graphql_response_json_and_200_in_json()
    {
        var request = new { query = "query($id: ID!) { user(id: $id) { name } }", variables = new { id = (string?)null } };
        var strict = await _client.PostJsonAsync(request, GraphQLHttp.GraphQLResponseJson);
        Assert.Equal(ErrorCodes.BadUserInput, (await strict.AssertRequestErrorAsync(HttpStatusCode.BadRequest)).Code);

        var legacy = await _client.PostJsonAsync(request, GraphQLHttp.Json);
        Assert.Equal(ErrorCodes.BadUserInput, (await legacy.AssertRequestErrorAsync(HttpStatusCode.OK)).Code);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain;q=0.5")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    public async Task Nothing_acceptable_is_406(string accept)
    {
        var response = await _client.PostJsonAsync(new { query = "{ hello }" }, accept);
        Assert.Equal(HttpErrorCodes.NotAcceptable, (await response.AssertRequestErrorAsync(HttpStatusCode.NotAcceptable)).Code);
        Assert.Equal(GraphQLHttp.Json, response.MediaType());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/graphql")]
    public async Task A_body_that_is_not_JSON_in_UTF8_is_415(string? contentType)
    {
        var response = await _client.PostAsync("""{"query":"{ hello }"}""", contentType: contentType);
        var (message, code) = await response.AssertRequestErrorAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(HttpErrorCodes.UnsupportedMediaType, code);
        Assert.Contains("application/json", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=\"UTF-8\"")]
    [InlineData("Application/JSON")]
    public async Task JSON_in_UTF8_is_accepted_however_it_is_spelled(string contentType)
    {
        var response = await _client.PostAsync("""{"query":"{ hello }"}""", contentType: contentType);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Methods_other_than_GET_and_POST_are_405_with_Allow()
    {
        var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent("{}") });
        Assert.Equal(HttpErrorCodes.MethodNotAllowed, (await response.AssertRequestErrorAsync(HttpStatusCode.MethodNotAllowed)).Code);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData(GraphQLHttp.GraphQLResponseJson)]
    [InlineData(GraphQLHttp.Json)]
    public async Task A_mutation_over_GET_is_405_with_Allow_POST(string accept)
    {
        var response = await _client.GetAsync(GraphQLHttp.Url(("query", "mutation { increment }")), accept);
        Assert.Equal(ErrorCodes.OperationNotAllowed, (await response.AssertRequestErrorAsync(HttpStatusCode.MethodNotAllowed)).Code);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }
}
