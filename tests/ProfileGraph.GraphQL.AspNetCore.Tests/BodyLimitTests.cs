using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ProfileGraph.GraphQL.AspNetCore.Http;
using ProfileGraph.GraphQL.AspNetCore.Tests.Infrastructure;

namespace ProfileGraph.GraphQL.AspNetCore.Tests;

/// <summary>Bodies over <see cref="GraphQLHttpOptions.MaxRequestBodySize"/> are refused with 413, however they arrive.</summary>
public sealed class BodyLimitTests : IDisposable
{
    private const int Limit = 2048;
    private readonly TestHostFactory _factory = new() { Options = options => options.MaxRequestBodySize = Limit };
    private readonly HttpClient _client;

    public BodyLimitTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private static string Body(int length)
    {
        var prefix = """{"query":"{ hello }","padding":" """;
        return prefix + new string('x', length - prefix.Length - 2) + "\"}";
    }

    [Fact]
    public async Task A_body_at_the_limit_is_read()
    {
        var body = Body(Limit);
        Assert.Equal(Limit, body.Length);
        var response = await _client.PostAsync(body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_413()
    {
        var response = await _client.PostAsync(Body(Limit + 1));
        var (message, code) = await response.AssertRequestErrorAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(HttpErrorCodes.PayloadTooLarge, code);
        Assert.Equal($"The request body is larger than {Limit} bytes, the most this endpoint reads.", message);
    }

    [Fact]
    public async Task A_streamed_body_without_length_is_cut_at_the_limit_with_413()
    {
        // A stream that cannot tell its length is sent without Content-Length.
        var content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(Body(Limit * 4))));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        var response = await _client.PostAsync("/graphql", content);
        Assert.Equal(HttpErrorCodes.PayloadTooLarge, (await response.AssertRequestErrorAsync(HttpStatusCode.RequestEntityTooLarge)).Code);
    }

    private sealed class UnseekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
