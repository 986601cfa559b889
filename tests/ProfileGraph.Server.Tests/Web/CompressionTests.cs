using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using ProfileGraph.Server.Tests.Integration;

namespace ProfileGraph.Server.Tests.Web;

/// <summary>
/// Brotli and gzip for responses over the threshold, as the client's Accept-Encoding prefers; smaller responses go
/// out as they are, with their length; a client that accepts no encoding gets the plain bytes.
/// </summary>
public sealed class CompressionTests : IClassFixture<ProfileGraphServer>
{
    private const string Page = "{ telegramUsers(first: 200) { totalCount nodes { id displayName username } } }";
    private readonly ProfileGraphServer _server;

    public CompressionTests(ProfileGraphServer server) => _server = server;

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip;q=0.5, br", "br")]
    [InlineData("br;q=0.1, gzip", "gzip")]
    public async Task A_large_response_is_compressed_as_the_client_prefers(string acceptEncoding, string encoding)
    {
        var (plainHeaders, plain) = await PostAsync(_server, Page, acceptEncoding: null);
        var (headers, body) = await PostAsync(_server, Page, acceptEncoding);

        Assert.Empty(plainHeaders.ContentEncoding);
        Assert.True(plain.Length > 20_000, $"the page is {plain.Length} bytes");
        Assert.Equal(encoding, Assert.Single(headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", headers.Vary);
        Assert.True(body.Length < plain.Length / 2, $"{body.Length} compressed bytes of {plain.Length}");
        Assert.Equal(Encoding.UTF8.GetString(plain), Encoding.UTF8.GetString(Decompress(body, encoding)));
    }

    [Fact]
    public async Task A_small_response_is_sent_as_it_is_with_its_length()
    {
        var (headers, body) = await PostAsync(_server, "{ __typename }", "gzip, deflate, br");

        Assert.Empty(headers.ContentEncoding);
        Assert.Equal(body.Length, headers.ContentLength);
        Assert.Equal("{\"data\":{\"__typename\":\"Query\"}}", Encoding.UTF8.GetString(body));
        Assert.DoesNotContain("Accept-Encoding", headers.Vary);
    }

    [Fact]
    public async Task An_encoding_the_service_does_not_have_leaves_the_response_plain()
    {
        var (headers, body) = await PostAsync(_server, Page, "deflate");

        Assert.Empty(headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", headers.Vary);
        Assert.StartsWith("{\"data\":{\"telegramUsers\"", Encoding.UTF8.GetString(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compression_can_be_switched_off_or_its_threshold_moved()
    {
        await using var off = new ProfileGraphServer(new Dictionary<string, string?> { ["GraphQL:Compression:Enabled"] = "false" });
        await off.InitializeAsync();
        await using var low = new ProfileGraphServer(new Dictionary<string, string?> { ["GraphQL:Compression:MinimumSize"] = "10" });
        await low.InitializeAsync();

        Assert.Empty((await PostAsync(off, Page, "br")).Headers.ContentEncoding);
        Assert.Equal("br", Assert.Single((await PostAsync(low, "{ __typename }", "br")).Headers.ContentEncoding));
    }

    private static async Task<(Answer Headers, byte[] Body)> PostAsync(ProfileGraphServer server, string query, string? acceptEncoding)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query }) };
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsByteArrayAsync();
        return (new Answer([.. response.Content.Headers.ContentEncoding], response.Content.Headers.ContentLength, [.. response.Headers.Vary]), body);
    }

    private sealed record Answer(IReadOnlyList<string> ContentEncoding, long? ContentLength, IReadOnlyList<string> Vary);

    private static byte[] Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decompressor = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decompressor.CopyTo(output);
        return output.ToArray();
    }
}
