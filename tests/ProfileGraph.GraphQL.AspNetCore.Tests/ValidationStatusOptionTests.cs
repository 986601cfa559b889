using System.Net;
using ProfileGraph.GraphQL.AspNetCore.Tests.Infrastructure;
using ProfileGraph.GraphQL.Execution;

namespace ProfileGraph.GraphQL.AspNetCore.Tests;

/// <summary>With <see cref="GraphQLHttpOptions.ValidationFailureStatusCode"/> = 422 (later drafts' choice).</summary>
public sealed class ValidationStatusOptionTests : IDisposable
{
    private readonly TestHostFactory _factory = new() { Options = options => options.ValidationFailureStatusCode = 422 };

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("""{"query":"{ nope }"}""", ErrorCodes.ValidationFailed)]
    [InlineData("""{"query":"query A { hello } query B { hello }"}""", ErrorCodes.OperationNotFound)]
    [InlineData("""{"query":"query($id: ID!) { user(id: $id) { name } }","variables":{}}""", ErrorCodes.BadUserInput)]
    public async Task Validation_operation_and_variable_failures_are_422(string body, string code)
    {
        var client = _factory.CreateClient();
        var strict = await client.PostAsync(body, GraphQLHttp.GraphQLResponseJson);
        Assert.Equal(code, (await strict.AssertRequestErrorAsync(HttpStatusCode.UnprocessableEntity)).Code);

        // Legacy clients still get 200; documents that do not parse stay 400.
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(body, GraphQLHttp.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("""{"query":"{"}""", GraphQLHttp.GraphQLResponseJson)).StatusCode);
    }
}
