using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using ProfileGraph.GraphQL.AspNetCore.Http;

namespace ProfileGraph.GraphQL.AspNetCore.Tests;

/// <summary>The POST body reader: a document without escapes is parsed where it lies in the body, never copied.</summary>
public sealed class JsonRequestParserTests
{
    private static readonly GraphQLHttpOptions Options = new();

    [Fact]
    public void An_unescaped_document_is_the_slice_of_the_body_between_its_quotes()
    {
        var body = Encoding.UTF8.GetBytes("""{"operationName":"Q","query":"query Q { hello }"}""");
        var requests = JsonRequestParser.Parse(body, Options, out var isBatch);
        using var request = Assert.Single(requests);

        Assert.False(isBatch);
        Assert.Null(request.Query);
        Assert.True(MemoryMarshal.TryGetArray(request.QueryUtf8, out var segment));
        Assert.Same(body, segment.Array);
        Assert.Equal(30, segment.Offset);
        Assert.Equal("query Q { hello }", Encoding.UTF8.GetString(request.QueryUtf8.Span));
        Assert.Equal("Q", request.OperationName);
    }

    [Fact]
    public void An_escaped_document_is_unescaped_into_a_pooled_buffer()
    {
        var body = Encoding.UTF8.GetBytes("""{"query":"{\n  hello(name: \"\u00e9\")\n}"}""");
        using var request = Assert.Single(JsonRequestParser.Parse(body, Options, out _));
        Assert.True(MemoryMarshal.TryGetArray(request.QueryUtf8, out var segment));
        Assert.NotSame(body, segment.Array);
        Assert.Equal("{\n  hello(name: \"é\")\n}", Encoding.UTF8.GetString(request.QueryUtf8.Span));
    }

    [Fact]
    public void Variables_and_extensions_are_JSON_elements_over_the_body()
    {
        var body = Encoding.UTF8.GetBytes("""{"query":"{ a }","variables":{"id":"1","n":[1,2]},"extensions":{"x":{"y":true}}}""");
        using var request = Assert.Single(JsonRequestParser.Parse(body, Options, out _));
        var id = Assert.IsType<JsonElement>(request.Variables!["id"]);
        Assert.Equal("1", id.GetString());
        Assert.Equal(2, Assert.IsType<JsonElement>(request.Variables["n"]).GetArrayLength());
        Assert.True(Assert.IsType<JsonElement>(request.Extensions!["x"]).GetProperty("y").GetBoolean());
    }

    [Fact]
    public void A_batch_is_read_in_order_when_batching_is_on()
    {
        var body = Encoding.UTF8.GetBytes("""[{"query":"{ a }"},{"query":"{ b }","operationName":null}]""");
        var requests = JsonRequestParser.Parse(body, new GraphQLHttpOptions { EnableBatching = true }, out var isBatch);
        Assert.True(isBatch);
        Assert.Equal(["{ a }", "{ b }"], requests.Select(r => Encoding.UTF8.GetString(r.QueryUtf8.Span)));
        foreach (var request in requests)
        {
            request.Dispose();
        }
    }
}
