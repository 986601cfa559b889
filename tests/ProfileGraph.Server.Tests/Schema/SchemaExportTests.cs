using ProfileGraph.GraphQL.Federation;
using ProfileGraph.Server.Schema;
using ProfileGraph.Server.Tests.Integration;

namespace ProfileGraph.Server.Tests.Schema;

/// <summary><c>schema export</c>: the contract file as the built schema prints it, and with <c>--federation</c> the subgraph SDL.</summary>
public sealed class SchemaExportTests
{
    [Fact]
    public void Schema_export_prints_the_contract_in_schema_folder()
    {
        var (code, output, error) = Export();

        Assert.Equal((0, ""), (code, error));
        Assert.Equal(File.ReadAllText(Assert.Single(ProfileSchemaFiles.Paths())), output);
        Assert.Contains("\nextend schema @link(url: \"https://specs.apollo.dev/federation/v2.9\", import: [\"@key\", \"@cost\", \"@listSize\", \"@composeDirective\"]) @link(url: \"https://profilegraph.dev/specs/cacheControl/v0.1\", import: [\"@cacheControl\"]) @composeDirective(name: \"@cacheControl\")\n", output, StringComparison.Ordinal);
        Assert.Contains("\n  photos: [Photo!]! @listSize(assumedSize: 8)\n", output, StringComparison.Ordinal);
        Assert.Contains("\ntype User implements Node @key(fields: \"id\") @key(fields: \"provider providerId\") {\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("_entities", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_export_federation_prints_the_subgraph_sdl()
    {
        var (code, output, error) = Export("--federation");

        Assert.Equal((0, ""), (code, error));
        Assert.Equal(Subgraph.Of(ProfileSchema.Build())!.Sdl, output);
        Assert.StartsWith("\"\"\"\nProfileGraph: ", output, StringComparison.Ordinal);
        Assert.Contains("\nschema\n  @link(url: \"https://specs.apollo.dev/link/v1.0\")\n{\n  query: Query\n  mutation: Mutation\n  subscription: Subscription\n}\n\nextend schema\n  @link(url: \"https://specs.apollo.dev/federation/v2.9\", import: [\"@key\", \"@cost\", \"@listSize\", \"@composeDirective\"])\n  @link(url: \"https://profilegraph.dev/specs/cacheControl/v0.1\", import: [\"@cacheControl\"])\n  @composeDirective(name: \"@cacheControl\")\n", output, StringComparison.Ordinal);
        Assert.Contains("\ndirective @cost(weight: Int!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR\n", output, StringComparison.Ordinal);
        Assert.Contains("\ntype User implements Node\n  @key(fields: \"id\")\n  @key(fields: \"provider providerId\")\n{\n", output, StringComparison.Ordinal);
        Assert.Contains("\ntype Person implements Node\n  @key(fields: \"id\")\n{\n", output, StringComparison.Ordinal);
        Assert.Contains("\nunion _Entity = Person | User", output, StringComparison.Ordinal);
        Assert.Contains("  _entities(representations: [_Any!]!): [_Entity]!\n  _service: _Service!\n}", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--fed")]
    [InlineData("--federation", "--federation")]
    public void Schema_export_refuses_what_it_does_not_know(params string[] options)
    {
        var (code, output, error) = Export(options);

        Assert.Equal((2, ""), (code, output));
        Assert.Equal(SchemaExport.Usage + Environment.NewLine, error);
    }

    private static (int Code, string Output, string Error) Export(params string[] options)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = SchemaExport.Run(options, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
