using System.Net;
using ProfileGraph.GraphQL.AspNetCore.Tests.Infrastructure;

namespace ProfileGraph.GraphQL.AspNetCore.Tests;

/// <summary>Request batching, when switched on: an array of requests answered by an array of responses, in order.</summary>
public sealed class BatchingTests : IDisposable
{
    private readonly TestHostFactory _factory = new()
    {
        Options = options =>
        {
            options.EnableBatching = true;
            options.MaxBatchSize = 3;
        },
    };

    private readonly HttpClient _client;

    public BatchingTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Each_request_of_a_batch_gets_its_response_in_order()
    {
        var response = await _client.PostAsync("""
            [
              {"query":"{ hello }"},
              {"query":"query($id: ID!) { user(id: $id) { name } }","variables":{"id":"2"}},
              {"query":"{ nope }"}
            ]
            """);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLHttp.GraphQLResponseJson, response.MediaType());
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("""[{"data":{"hello":"Hello, World!"}},{"data":{"user":{"name":"Alan Turing"}}},{"errors":[{"message":"Cannot query field""", body, StringComparison.Ordinal);
        Assert.Equal(3, (await response.JsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task Mutations_of_a_batch_run_one_after_another()
    {
        var response = await _client.PostAsync("""[{"query":"mutation { increment }"},{"query":"mutation { increment }"},{"query":"{ counter }"}]""");
        var json = await response.JsonAsync();
        var first = json[0].GetProperty("data").GetProperty("increment").GetInt32();
        Assert.Equal(first + 1, json[1].GetProperty("data").GetProperty("increment").GetInt32());
        Assert.Equal(first + 1, json[2].GetProperty("data").GetProperty("counter").GetInt32());
    }

    [Fact]
    public async Task A_batch_of_one_is_still_answered_with_an_array()
    {
        var response = await _client.PostAsync("""[{"query":"{ hello }"}]""");
        Assert.Equal("""[{"data":{"hello":"Hello, World!"}}]""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("""[{"query":"{ hello }"},{"query":"{ hello }"},{"query":"{ hello }"},{"query":"{ hello }"}]""", "The batch holds more than 3 requests, the most one batch may hold.")]
    [InlineData("[]", "The batch is empty: send at least one request.")]
    [InlineData("""[{"query":"{ hello }"},"{ hello }"]""", "The batch's request at index 1 must be a JSON object with a \"query\" parameter.")]
    [InlineData("""[{"query":"{ hello }"},{"query":7}]""", "In the batch's request at index 1, the \"query\" parameter must be a string, not a number.")]
    [InlineData("7", "The request body must be a JSON object with a \"query\" parameter, or an array of such objects.")]
    public async Task Malformed_batches_are_400_as_a_whole(string body, string expected)
    {
        var (message, _) = await (await _client.PostAsync(body)).AssertRequestErrorAsync(HttpStatusCode.BadRequest);
        Assert.Equal(expected, message);
    }
}
