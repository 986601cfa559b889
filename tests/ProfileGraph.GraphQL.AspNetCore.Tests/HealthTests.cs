using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ProfileGraph.GraphQL.AspNetCore.Health;
using ProfileGraph.GraphQL.AspNetCore.TestHost;
using ProfileGraph.GraphQL.AspNetCore.Tests.Infrastructure;
using ProfileGraph.GraphQL.Execution;

namespace ProfileGraph.GraphQL.AspNetCore.Tests;

/// <summary>/healthz says the process is alive; /readyz that the executor is built and every readiness check passes.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task A_started_host_is_alive_and_ready()
    {
        using var factory = new TestHostFactory();
        var client = factory.CreateClient();
        var live = await client.GetAsync("/healthz");
        var ready = await client.GetAsync("/readyz");
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (live.StatusCode, await live.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = System.Text.Json.JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.All(report.GetProperty("checks").EnumerateObject(), check => Assert.Equal("Healthy", check.Value.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task A_failing_readiness_check_of_the_host_makes_it_unready_but_not_dead()
    {
        using var factory = new TestHostFactory
        {
            ConfigureServices = services => services.AddHealthChecks()
                .AddCheck("providers", () => HealthCheckResult.Unhealthy("no provider answers"), tags: [HealthProbes.ReadinessTag]),
        };
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task The_executor_is_ready_once_built()
    {
        var server = new GraphQLServer(new ServiceCollection().BuildServiceProvider(), _ => TestSchema.Build(), Options.Create(new ExecutionOptions()), []);
        var check = new GraphQLReadinessCheck(server);
        Assert.Equal(HealthStatus.Unhealthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);
        Assert.NotNull(server.Executor);
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);
    }
}
