using System.Net;
using System.Text.Json;
using ProfileGraph.GraphQL.AspNetCore.Http;
using ProfileGraph.GraphQL.AspNetCore.Tests.Infrastructure;

namespace ProfileGraph.GraphQL.AspNetCore.Tests;

/// <summary>POST bodies of application/json: the four parameters, their types, and bodies that are no request.</summary>
public sealed class PostRequestTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Variables_operation_name_and_extensions_are_read()
    {
        var response = await _client.PostJsonAsync(new
        {
            query = "query A { hello } query B($id: ID!) { user(id: $id) { name } }",
            operationName = "B",
            variables = new { id = "2" },
            extensions = new { persistedQuery = new { version = 1 } },
        });
        Assert.Equal("""{"data":{"user":{"name":"Alan Turing"}}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Null_optional_parameters_are_as_good_as_none()
    {
        var response = await _client.PostAsync("""{"query":"{ hello }","operationName":null,"variables":null,"extensions":null}""");
        Assert.Equal("""{"data":{"hello":"Hello, World!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_properties_are_ignored()
    {
        var response = await _client.PostAsync("""{"qeury":1,"query":"{ hello }","id":{"deep":[1,2,{"x":null}]},"doc":"x"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_document_with_JSON_escapes_is_unescaped_before_parsing()
    {
        // Newlines, quotes, a \u escape and a character outside the BMP, as clients send pretty-printed documents.
        var response = await _client.PostAsync("""{"query":"query Q {\n  hello(name: \"\u00c9mile \ud83c\udf4c\")\n}","operationName":"Q"}""");
        var json = await response.JsonAsync();
        Assert.Equal("Hello, Émile 🍌!", json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task A_large_document_is_parsed_from_the_body()
    {
        // About 600 KB in one string argument (the parser bounds tokens, not bytes): far beyond any buffer size,
        // well under the default 1 MiB limit.
        var name = new string('x', 600_000);
        var response = await _client.PostAsync($$"""{"query":"{ hello(name: \"{{name}}\") }"}""");
        var json = await response.JsonAsync();
        Assert.Equal($"Hello, {name}!", json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task A_mutation_runs_over_POST()
    {
        var response = await _client.PostJsonAsync(new { query = "mutation { increment(by: 2) }" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("data").GetProperty("increment").GetInt32() >= 2);
    }

    [Fact]
    public async Task A_UTF8_byte_order_mark_before_the_JSON_is_skipped()
    {
        var body = new ByteArrayContent([0xEF, 0xBB, 0xBF, .. """{"query":"{ hello }"}"""u8]);
        body.Headers.ContentType = new("application/json");
        var response = await _client.PostAsync("/graphql", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("", "The request body is empty: send a JSON object with a \"query\" parameter.")]
    [InlineData("  \n ", "The request body is empty: send a JSON object with a \"query\" parameter.")]
    [InlineData("{}", "In the request, the \"query\" parameter is missing: it must be a string holding the GraphQL document.")]
    [InlineData("""{"query":null}""", "In the request, the \"query\" parameter must be a string, not null.")]
    [InlineData("""{"query":{"obj":"ect"}}""", "In the request, the \"query\" parameter must be a string, not an object.")]
    [InlineData("""{"query":0}""", "In the request, the \"query\" parameter must be a string, not a number.")]
    [InlineData("""{"query":false}""", "In the request, the \"query\" parameter must be a string, not a boolean.")]
    [InlineData("""{"query":["array"]}""", "In the request, the \"query\" parameter must be a string, not an array.")]
    [InlineData("""{"query":"{ hello }","operationName":0}""", "In the request, the \"operationName\" parameter must be a string or null, not a number.")]
    [InlineData("""{"query":"{ hello }","variables":"string"}""", "In the request, the \"variables\" parameter must be an object or null, not a string.")]
    [InlineData("""{"query":"{ hello }","variables":[7]}""", "In the request, the \"variables\" parameter must be an object or null, not an array.")]
    [InlineData("""{"query":"{ hello }","extensions":false}""", "In the request, the \"extensions\" parameter must be an object or null, not a boolean.")]
    [InlineData("""{"query":"{ hello }","query":"{ hello }"}""", "In the request, the \"query\" parameter is given more than once.")]
    [InlineData("""["{ hello }"]""", "Request batching is not enabled: send one JSON object with a \"query\" parameter.")]
    [InlineData("\"{ hello }\"", "The request body must be a JSON object with a \"query\" parameter.")]
    public async Task Bodies_that_are_no_well_formed_request_are_400_with_a_clear_message(string body, string expected)
    {
        foreach (var accept in new[] { GraphQLHttp.GraphQLResponseJson, GraphQLHttp.Json })
        {
            var response = await _client.PostAsync(body, accept);
            var (message, code) = await response.AssertRequestErrorAsync(HttpStatusCode.BadRequest);
            Assert.Equal(expected, message);
            Assert.Equal(HttpErrorCodes.BadRequest, code);
        }
    }

    [Theory]
    [InlineData("{ \"not a JSON")]
    [InlineData("NONSENSE")]
    [InlineData("""{"query":""")]
    [InlineData("""{"query":"{ hello }"} trailing""")]
    [InlineData("""{"query":"{ hello }",}""")]
    [InlineData("""{"query":"\ud800"}""")]
    public async Task Bodies_that_are_not_JSON_are_400(string body)
    {
        var (message, code) = await (await _client.PostAsync(body)).AssertRequestErrorAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("The request body is not valid JSON: ", message, StringComparison.Ordinal);
        Assert.Equal(HttpErrorCodes.BadRequest, code);
    }

    [Fact]
    public async Task No_body_of_random_bytes_crashes_or_hangs_the_endpoint()
    {
        // Seeded, so a failure reproduces: random bytes, and random cuts and flips of a real request.
        var random = new Random(5);
        var valid = """{"query":"query Q($id: ID!) { user(id: $id) { name secret } }","variables":{"id":"1"},"operationName":"Q"}"""u8.ToArray();
        for (var i = 0; i < 300; i++)
        {
            byte[] body;
            if (i % 3 == 0)
            {
                body = new byte[random.Next(0, 200)];
                random.NextBytes(body);
            }
            else
            {
                body = valid[..random.Next(0, valid.Length + 1)];
                for (var flips = random.Next(0, 4); flips > 0 && body.Length > 0; flips--)
                {
                    body[random.Next(body.Length)] = (byte)random.Next(256);
                }
            }

            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new("application/json");
            var response = await _client.PostAsync("/graphql", content);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{response.StatusCode} for {Convert.ToHexString(body)}");
            using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
            Assert.True(json.RootElement.TryGetProperty("data", out _) || json.RootElement.TryGetProperty("errors", out _));
        }
    }
}
