using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using OpenTelemetry.Trace;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Providers.Resilience;
using ProfileGraph.Server.Tests.Integration;

namespace ProfileGraph.Server.Tests.Telemetry;

/// <summary>
/// The service's own traces, through OpenTelemetry's in-memory exporter added to the service's tracer provider: each
/// request is sent with a trace id of the test's own (traceparent), so spans of tests running alongside are left out.
/// </summary>
public sealed class TracingTests
{
    private const string Query = "query Profiles($refs: [UserRef!]!) { users(refs: $refs) { displayName } }";

    [Fact]
    public async Task A_query_across_four_providers_is_one_trace_from_http_through_batches_to_provider_calls()
    {
        var spans = new ExportedSpans();
        await using var server = await StartAsync(spans, cache: false);

        var trace = await QueryAsync(server, spans);

        // The service's server span only: the embedded emulators stand for the providers and trace nothing here.
        var http = Assert.Single(trace, span => span.Source.Name == "Microsoft.AspNetCore");
        var operation = Assert.Single(trace, span => span.Source.Name == GraphQLActivities.SourceName && span.DisplayName == "query Profiles");
        Assert.Equal(http.SpanId, operation.ParentSpanId);
        Assert.Equal("query", operation.GetTagItem(GraphQLActivities.OperationType));
        Assert.Equal("Profiles", operation.GetTagItem(GraphQLActivities.OperationName));
        Assert.Null(operation.GetTagItem(GraphQLActivities.Document));
        Assert.Contains(trace, span => span.DisplayName == "graphql.parse" && span.ParentSpanId == operation.SpanId);
        Assert.Contains(trace, span => span.DisplayName == "graphql.validate" && span.ParentSpanId == operation.SpanId);
        var execute = Assert.Single(trace, span => span.DisplayName == "graphql.execute");
        Assert.Equal(operation.SpanId, execute.ParentSpanId);

        // Every provider call sits under a DataLoader batch of this execution.
        var calls = trace.Where(span => span.Source.Name == ProviderActivities.SourceName && span.Kind == ActivityKind.Client && !span.DisplayName.EndsWith(" frame", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Nandbox", "Slack", "Telegram", "WhatsApp"], calls.Select(call => (string)call.GetTagItem(ProviderActivities.ProviderTag)!).Distinct().Order());
        Assert.All(calls, call =>
        {
            Assert.Equal("success", call.GetTagItem(ProviderActivities.OutcomeTag));
            var batch = Ancestors(call, trace).FirstOrDefault(span => span.DisplayName == "graphql.dataloader.batch");
            Assert.NotNull(batch);
            Assert.True((int)batch.GetTagItem(GraphQLActivities.BatchSize)! >= 1);
            Assert.Contains(execute, Ancestors(batch, trace));
        });

        // The nandbox frame round trip, and the provider HTTP calls, join the same trace.
        Assert.Contains(trace, span => span.DisplayName == "nandbox getUser frame");
        Assert.Contains(trace, span => span.Source.Name == "System.Net.Http");
    }

    [Fact]
    public async Task A_cached_second_query_has_cache_hits_on_its_batches_and_no_provider_spans()
    {
        var spans = new ExportedSpans();
        await using var server = await StartAsync(spans, cache: true);
        await QueryAsync(server, spans);

        var second = await QueryAsync(server, spans);

        Assert.DoesNotContain(second, span => span.Source.Name == ProviderActivities.SourceName);
        Assert.DoesNotContain(second, span => span.Source.Name == "System.Net.Http");
        var batches = second.Where(span => span.DisplayName == "graphql.dataloader.batch").ToList();
        Assert.NotEmpty(batches);
        Assert.Equal(4, batches.Sum(batch => batch.GetTagItem("profilegraph.cache.hits") as int? ?? 0));
        var operation = Assert.Single(second, span => span.DisplayName == "query Profiles");
        Assert.Equal(true, operation.GetTagItem(GraphQLActivities.DocumentCached));
        Assert.Equal(true, operation.GetTagItem(GraphQLActivities.ValidationCached));
        Assert.DoesNotContain(second, span => span.DisplayName is "graphql.parse" or "graphql.validate");
    }

    [Fact]
    public async Task No_span_or_log_line_holds_the_green_api_token_or_a_users_id()
    {
        var spans = new ExportedSpans();
        await using var server = await StartAsync(spans, cache: false);

        var trace = await QueryAsync(server, spans);

        var token = server.Emulators.State.Options.WhatsApp.ApiTokenInstance;
        var greenApi = trace.Where(span => span.Source.Name == "System.Net.Http" && ((string?)span.GetTagItem("url.full"))?.Contains("/getContactInfo/", StringComparison.Ordinal) == true).ToList();
        Assert.NotEmpty(greenApi);
        Assert.All(greenApi, span => Assert.Contains("REDACTED", (string)span.GetTagItem("url.full")!, StringComparison.Ordinal));
        Assert.DoesNotContain(trace.SelectMany(span => span.TagObjects), tag => tag.Value?.ToString()?.Contains(token, StringComparison.Ordinal) == true);
        Assert.DoesNotContain(trace, span => span.DisplayName.Contains(token, StringComparison.Ordinal));
        Assert.DoesNotContain(server.Logs.Entries, entry => entry.Message.Contains(token, StringComparison.Ordinal));

        // Nor the ids asked for (Infobip's user key is in its path, Slack's id in its query string).
        foreach (var id in new[] { server.Dataset.SlackUsers[0].Id, server.Dataset.TelegramUsers[0].Key, server.Dataset.WhatsAppContacts[0].ChatId, server.Dataset.NandboxUsers[0].Id })
        {
            Assert.DoesNotContain(trace.SelectMany(span => span.TagObjects), tag => tag.Value?.ToString()?.Contains(id, StringComparison.Ordinal) == true);
        }
    }

    private static async Task<ProfileGraphServer> StartAsync(ExportedSpans spans, bool cache)
    {
        var server = new ProfileGraphServer(
            new Dictionary<string, string?> { ["Cache:Enabled"] = cache ? "true" : "false", ["Telemetry:Tracing"] = "true" },
            configure: builder => builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)));
        await server.InitializeAsync();
        return server;
    }

    /// <summary>Sends the query across the four providers under a fresh trace id; the spans of that trace.</summary>
    private static async Task<List<Activity>> QueryAsync(ProfileGraphServer server, ExportedSpans spans)
    {
        var data = server.Dataset;
        var refs = new object[]
        {
            new { provider = "SLACK", id = data.SlackUsers[0].Id },
            new { provider = "TELEGRAM", id = data.TelegramUsers[0].Key },
            new { provider = "WHATSAPP", id = data.WhatsAppContacts[0].ChatId },
            new { provider = "NANDBOX", id = data.NandboxUsers[0].Id },
        };
        var traceId = ActivityTraceId.CreateRandom();
        // A client that sends the test's traceparent as given (its handler would put one of its own there).
        using var client = new HttpClient(new SocketsHttpHandler { ActivityHeadersPropagator = null }) { BaseAddress = server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query = Query, variables = new { refs } }) };
        request.Headers.TryAddWithoutValidation("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.TryGetProperty("errors", out _), body.GetRawText());

        // The server span ends as the response completes: wait for it to be exported.
        for (var attempt = 0; attempt < 100 && !spans.Of(traceId).Any(span => span.Source.Name == "Microsoft.AspNetCore"); attempt++)
        {
            await Task.Delay(20);
        }

        return spans.Of(traceId);
    }

    private static IEnumerable<Activity> Ancestors(Activity span, List<Activity> trace)
    {
        for (var parent = trace.FirstOrDefault(candidate => candidate.SpanId == span.ParentSpanId); parent is not null; parent = trace.FirstOrDefault(candidate => candidate.SpanId == parent.ParentSpanId))
        {
            yield return parent;
        }
    }
}
