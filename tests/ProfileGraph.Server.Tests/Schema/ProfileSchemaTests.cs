using ProfileGraph.GraphQL.Types;
using ProfileGraph.Server.Schema;

namespace ProfileGraph.Server.Tests.Schema;

/// <summary>Start-up builds the contract with its resolvers and refuses a contract the code cannot serve.</summary>
public sealed class ProfileSchemaTests
{
    [Fact]
    public void The_contract_builds_with_every_field_bound()
    {
        var schema = ProfileSchema.Build();

        Assert.NotNull(schema.GetType("User"));
        Assert.NotNull(schema.GetType("Product"));
    }

    [Fact]
    public void A_contract_the_code_cannot_serve_fails_with_every_binding_problem_at_once()
    {
        var builder = ProfileSchema.CreateBuilder().AddDocument(
            """
            extend type User { nickname: String }
            extend type Product { weight: Float }
            """);

        var failure = Assert.Throws<SchemaValidationException>(builder.Build);

        Assert.Contains(failure.Errors, e => e.Message.Contains("User.nickname", StringComparison.Ordinal));
        Assert.Contains(failure.Errors, e => e.Message.Contains("Product.weight", StringComparison.Ordinal));
    }
}
