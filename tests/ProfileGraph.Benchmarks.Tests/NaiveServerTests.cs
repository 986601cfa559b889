using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ProfileGraph.Benchmarks;
using ProfileGraph.Benchmarks.Naive;
using ProfileGraph.Emulators.Hosting;
using ProfileGraph.Server.Hosting;

namespace ProfileGraph.Benchmarks.Tests;

/// <summary>
/// The graph benchmark's naive baseline still builds against the contract and answers the benchmark's query as the
/// service does: a schema change that breaks it fails here, not silently in a benchmark run.
/// </summary>
public sealed class NaiveServerTests
{
    [Fact]
    public void The_naive_servers_schema_binds_to_the_contract()
    {
        var schema = NaiveProfileGraph.BuildSchema();

        Assert.NotNull(schema.GetType("User"));
    }

    [Fact]
    public async Task The_naive_server_answers_the_benchmarks_query_as_the_service_does()
    {
        await using var service = await GraphServer.StartAsync("ProfileGraph", await ProfileGraphApp.CreateAsync([], GraphSettings.Batched()));
        var emulators = service.Services.GetRequiredService<EmulatorHost>();
        await using var naive = await GraphServer.StartAsync("naive", NaiveProfileGraph.Create(GraphSettings.Naive(emulators)));
        var query = MixedUsersQuery.Create(emulators.State.Dataset);

        var expected = UsersOf(service, (await service.PostAsync(query.Request)).Body);
        var actual = UsersOf(naive, (await naive.PostAsync(query.Request)).Body);

        Assert.Equal(query.Refs.Count, expected.Count);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"ProfileGraph: {expected.ToJsonString()}\nnaive: {actual.ToJsonString()}");
    }

    /// <summary>The users of an answer, with the server's own address (in nandbox photo URLs) made neutral.</summary>
    private static JsonArray UsersOf(GraphServer server, string body)
    {
        var answer = JsonNode.Parse(body.Replace(server.Address.AbsoluteUri, "http://service/", StringComparison.Ordinal))!;
        Assert.True(answer["errors"] is null, server.Name + ": " + answer["errors"]?.ToJsonString());
        return answer["data"]!["users"]!.AsArray();
    }
}
