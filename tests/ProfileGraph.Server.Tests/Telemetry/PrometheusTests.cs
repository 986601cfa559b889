using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ProfileGraph.Server.Tests.Integration;

namespace ProfileGraph.Server.Tests.Telemetry;

/// <summary><c>/metrics</c> in Prometheus's text format, read by the format's own rules.</summary>
public sealed partial class PrometheusTests
{
    private static readonly string[] Providers = ["Slack", "Telegram", "WhatsApp", "Nandbox"];

    [Fact]
    public async Task Metrics_holds_request_provider_cache_and_circuit_series_by_provider()
    {
        await using var server = ProfileGraphServer.WithCache(new Dictionary<string, string?> { ["Telemetry:Prometheus"] = "true" });
        await server.InitializeAsync();
        var data = server.Dataset;
        var refs = new object[]
        {
            new { provider = "SLACK", id = data.SlackUsers[0].Id },
            new { provider = "TELEGRAM", id = data.TelegramUsers[0].Key },
            new { provider = "WHATSAPP", id = data.WhatsAppContacts[0].ChatId },
            new { provider = "NANDBOX", id = data.NandboxUsers[0].Id },
        };
        const string Query = "query Profiles($refs: [UserRef!]!) { users(refs: $refs) { displayName } }";
        await server.QueryAsync(Query, new { refs });
        await server.QueryAsync(Query, new { refs });

        using var client = server.CreateClient();
        using var response = await client.GetAsync("metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var samples = Parse(text);
        Assert.Contains(samples, sample => sample.Name == "profilegraph_graphql_request_duration_seconds_count"
            && sample.Labels.GetValueOrDefault("graphql_operation_name") == "Profiles" && sample.Labels.GetValueOrDefault("outcome") == "ok" && sample.Value == 2);
        foreach (var provider in Providers)
        {
            Assert.Contains(samples, sample => sample.Name == "profilegraph_provider_calls_total" && sample.Labels.GetValueOrDefault("provider") == provider && sample.Value >= 1);
            Assert.Contains(samples, sample => sample.Name == "profilegraph_cache_lookups_total" && sample.Labels.GetValueOrDefault("provider") == provider
                && sample.Labels.GetValueOrDefault("outcome") == "hit" && sample.Value >= 1);
            Assert.Contains(samples, sample => sample.Name == "profilegraph_provider_circuit_state" && sample.Labels.GetValueOrDefault("provider") == provider && sample.Value == 0);
        }

        Assert.Contains(samples, sample => sample.Name == "profilegraph_dataloader_batches_total");
    }

    [Fact]
    public async Task Production_serves_no_metrics_unless_configured()
    {
        await using var server = new ProfileGraphServer();
        await server.InitializeAsync();
        using var client = server.CreateClient();

        using var response = await client.GetAsync("metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private sealed record Sample(string Name, Dictionary<string, string> Labels, double Value);

    /// <summary>
    /// The samples of a scrape, checking the text format as it goes: every sample belongs to a family announced by a
    /// <c># TYPE</c> line before it, names and labels have the format's syntax, and values are numbers.
    /// </summary>
    private static List<Sample> Parse(string text)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var samples = new List<Sample>();
        foreach (var line in text.Split('\n').Where(line => line.Length > 0))
        {
            if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                Assert.Contains(parts[3], (string[])["counter", "gauge", "histogram", "summary", "untyped"]);
                Assert.True(types.TryAdd(parts[2], parts[3]), $"a second TYPE line for {parts[2]}");
                continue;
            }

            if (line.StartsWith('#'))
            {
                Assert.Matches("^# (HELP [a-zA-Z_:][a-zA-Z0-9_:]* .*|EOF)$", line);
                continue;
            }

            var match = SampleLine().Match(line);
            Assert.True(match.Success, $"not a sample line: {line}");
            var name = match.Groups["name"].Value;
            var family = types.Keys.FirstOrDefault(type => name == type || (types[type] == "histogram" && name.StartsWith(type + "_", StringComparison.Ordinal)));
            Assert.True(family is not null, $"{name} has no TYPE line before it");
            var labels = LabelPair().Matches(match.Groups["labels"].Value).ToDictionary(pair => pair.Groups["key"].Value, pair => pair.Groups["value"].Value, StringComparer.Ordinal);
            var value = match.Groups["value"].Value switch
            {
                "+Inf" => double.PositiveInfinity,
                "-Inf" => double.NegativeInfinity,
                "NaN" => double.NaN,
                var number => double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture),
            };
            samples.Add(new Sample(name, labels, value));
        }

        Assert.NotEmpty(samples);
        return samples;
    }

    [GeneratedRegex("""^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>([a-zA-Z_][a-zA-Z0-9_]*="([^"\\]|\\.)*",?)*)\})? (?<value>\S+)( -?\d+)?$""")]
    private static partial Regex SampleLine();

    [GeneratedRegex(@"(?<key>[a-zA-Z_][a-zA-Z0-9_]*)=""(?<value>([^""\\]|\\.)*)""")]
    private static partial Regex LabelPair();
}
