using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ProfileGraph.GraphQL.AspNetCore.Tests.Infrastructure;

/// <summary>The transport test host in memory, with the endpoint's options as each test class wants them.</summary>
public sealed class TestHostFactory : WebApplicationFactory<Program>
{
    /// <summary>Changes to the endpoint's options, applied after the host's own.</summary>
    public Action<GraphQLHttpOptions>? Options { get; init; }

    /// <summary>More services for the host (e.g. readiness checks).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureServices(services =>
        {
            if (Options is not null)
            {
                services.Configure(Options);
            }

            ConfigureServices?.Invoke(services);
        });
    }

    /// <summary>A client that shows redirects instead of following them.</summary>
    public HttpClient CreateRawClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
