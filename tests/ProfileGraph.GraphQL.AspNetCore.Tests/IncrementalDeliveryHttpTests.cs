using System.Net;
using System.Text.Json;
using ProfileGraph.GraphQL.AspNetCore.Tests.Infrastructure;

namespace ProfileGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// <c>@defer</c>/<c>@stream</c> over HTTP: <c>multipart/mixed</c> parts (graphql-js 17's format, or Apollo Client's
/// 2022 draft with <c>deferSpec=20220824</c>), <c>text/event-stream</c> events, and one whole JSON result for a client
/// that accepts neither.
/// </summary>
public sealed class IncrementalDeliveryHttpTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private const string Query = """{"query":"{ user(id: \"1\") { id ... @defer(label: \"name\") { name } } users @stream(initialCount: 1) { id } }"}""";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Multipart_mixed_delivers_the_initial_result_then_each_payload_as_a_part()
    {
        using var response = await _client.PostAsync(Query, accept: "multipart/mixed");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("multipart/mixed; boundary=\"-\"", response.Content.Headers.ContentType!.ToString());
        var parts = Parts(await response.Content.ReadAsStringAsync());
        Assert.Equal("""{"data":{"user":{"id":"1"},"users":[{"id":"1"}]},"pending":[{"id":"0","path":["user"],"label":"name"},{"id":"1","path":["users"]}],"hasNext":true}""", parts[0]);
        Assert.Equal(
            """{"incremental":[{"data":{"name":"Ada Lovelace"},"id":"0"},{"items":[{"id":"2"}],"id":"1"}],"completed":[{"id":"0"},{"id":"1"}],"hasNext":false}""",
            string.Join("", parts.Skip(1)));
    }

    [Fact]
    public async Task Apollo_clients_accept_header_gets_the_2022_draft()
    {
        using var response = await _client.PostAsync(Query, accept: "multipart/mixed;deferSpec=20220824,application/json");

        Assert.Equal("multipart/mixed; boundary=\"-\"; deferSpec=20220824", response.Content.Headers.ContentType!.ToString());
        var parts = Parts(await response.Content.ReadAsStringAsync());
        Assert.Equal("""{"data":{"user":{"id":"1"},"users":[{"id":"1"}]},"hasNext":true}""", parts[0]);
        Assert.Equal(
            """{"incremental":[{"data":{"name":"Ada Lovelace"},"path":["user"],"label":"name"},{"items":[{"id":"2"}],"path":["users",1]}],"hasNext":false}""",
            parts[1]);
    }

    [Fact]
    public async Task An_event_stream_sends_next_events_then_complete()
    {
        using var response = await _client.PostAsync(Query, accept: "text/event-stream");

        Assert.Equal("text/event-stream", response.MediaType());
        var body = await response.Content.ReadAsStringAsync();
        var events = body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("event: complete\ndata:", events[^1]);
        Assert.All(events[..^1], next => Assert.StartsWith("event: next\ndata: {", next, StringComparison.Ordinal));
        using var first = JsonDocument.Parse(events[0]["event: next\ndata: ".Length..]);
        Assert.True(first.RootElement.GetProperty("hasNext").GetBoolean());
        using var last = JsonDocument.Parse(events[^2]["event: next\ndata: ".Length..]);
        Assert.False(last.RootElement.GetProperty("hasNext").GetBoolean());
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    [InlineData(null)]
    public async Task A_client_that_reads_no_incremental_format_gets_the_whole_result(string? accept)
    {
        using var response = await _client.PostAsync(Query, accept: accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"user":{"id":"1","name":"Ada Lovelace"},"users":[{"id":"1"},{"id":"2"}]}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_result_with_nothing_deferred_is_plain_json_when_json_is_accepted_and_one_part_otherwise()
    {
        using var json = await _client.PostAsync("""{"query":"{ hello }"}""", accept: "multipart/mixed, application/json");
        Assert.Equal("application/json", json.MediaType());
        Assert.Equal("""{"data":{"hello":"Hello, World!"}}""", await json.Content.ReadAsStringAsync());

        using var multipart = await _client.PostAsync("""{"query":"{ hello }"}""", accept: "multipart/mixed");
        Assert.Equal("multipart/mixed", multipart.MediaType());
        Assert.Equal(["""{"data":{"hello":"Hello, World!"}}"""], Parts(await multipart.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Defer_works_over_get_too()
    {
        using var response = await _client.GetAsync(GraphQLHttp.Url(("query", "{ user(id: \"2\") { id ... @defer { name } } }")), "multipart/mixed");

        var parts = Parts(await response.Content.ReadAsStringAsync());
        Assert.Equal("""{"incremental":[{"data":{"name":"Alan Turing"},"id":"0"}],"completed":[{"id":"0"}],"hasNext":false}""", parts[^1]);
    }

    /// <summary>The JSON bodies of a multipart/mixed response framed with boundary "-", checking the framing.</summary>
    private static List<string> Parts(string body)
    {
        Assert.StartsWith("\r\n---\r\n", body, StringComparison.Ordinal);
        Assert.EndsWith("\r\n-----\r\n", body, StringComparison.Ordinal);
        var parts = body[..^"\r\n-----\r\n".Length].Split("\r\n---\r\n", StringSplitOptions.RemoveEmptyEntries);
        return [.. parts.Select(part =>
        {
            const string Header = "Content-Type: application/json; charset=utf-8\r\n\r\n";
            Assert.StartsWith(Header, part, StringComparison.Ordinal);
            return part[Header.Length..];
        })];
    }
}
