using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProfileGraph.GraphQL.AspNetCore.Tests.Infrastructure;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.AspNetCore.Tests;

/// <summary>Mistakes in wiring the endpoint stop the host at start-up, with a message that says what to do.</summary>
public sealed class StartupTests
{
    [Fact]
    public void A_validation_status_other_than_400_or_422_is_refused()
    {
        using var factory = new TestHostFactory { Options = options => options.ValidationFailureStatusCode = 500 };
        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains("GraphQLHttpOptions.ValidationFailureStatusCode must be 400 or 422.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_that_does_not_build_stops_the_host()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddGraphQLServer(_ => new SchemaBuilder().AddDocument("type Query { a: Nope }").Build());
        using var app = builder.Build();
        Assert.ThrowsAny<Exception>(() => app.StartAsync().GetAwaiter().GetResult());
    }

    [Fact]
    public void Mapping_without_the_server_registered_says_what_is_missing()
    {
        using var app = WebApplication.CreateSlimBuilder().Build();
        var error = Assert.Throws<InvalidOperationException>(() => app.MapGraphQL());
        Assert.Equal("Call services.AddGraphQLServer(...) before app.MapGraphQL().", error.Message);
    }
}
