using System.Text.Json;
using ProfileGraph.GraphQL.Federation;
using ProfileGraph.GraphQL.Tests.Conformance;
using static ProfileGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace ProfileGraph.GraphQL.Tests.Federation;

/// <summary>
/// The subgraph among the tools that use it: @apollo/composition composes its <c>_service.sdl</c> with a subgraph
/// written with @apollo/subgraph without errors or hints about it; the Apollo gateway, started on the composed
/// supergraph, answers a query across both subgraphs by calling our <c>_entities</c> over HTTP; and graphql-tools
/// stitching of our endpoint beside a local schema answers what the endpoint answers directly.
/// </summary>
public sealed class FederationClientsTests
{
    private static readonly string[] Companions = ["./subgraphs/product-accounts.mjs"];

    private static string CompanionSdl() => File.ReadAllText(Path.Combine(GraphQLJsOracle.RepositoryRoot, "tests", "conformance", "tools", "subgraphs", "product-accounts.mjs"))
        .Split('`')[1];

    [Fact]
    public void The_subgraph_sdl_composes_without_errors_or_hints_about_it()
    {
        var sdl = Subgraph.Of(ProductSubgraph.Build())!.Sdl;
        var outcome = GraphQLJsOracle.Compose([("products", sdl), ("accounts", CompanionSdl())]);

        Assert.Empty(outcome.Errors);
        Assert.DoesNotContain(outcome.Hints, h => h.Subgraphs.Contains("products") || h.Message.Contains("\"products\"", StringComparison.Ordinal));
        Assert.Contains("@join__type(graph: PRODUCTS, key: \"sku variation { id }\")", outcome.SupergraphSdl, StringComparison.Ordinal);
        Assert.Contains("@join__field(graph: PRODUCTS, override: \"accounts\", overrideLabel: \"percent(50)\")", outcome.SupergraphSdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_apollo_gateway_answers_across_subgraphs_through_our_entities()
    {
        var fetches = new ProductSubgraph.ProductFetches();
        await using var server = new LoopbackGraphQLServer(ProductSubgraph.Build(), ProductSubgraph.ServicesFor(fetches));

        var output = GraphQLJsOracle.RunClient("gateway.mjs", new
        {
            subgraphs = new[] { new { name = "products", url = server.Url } },
            companions = Companions,
            requests = new[]
            {
                new { query = "{ me { name purchases { upc name price shippingEstimate reviews { body } } } }" },
                new { query = "{ topProducts(first: 2) { upc weight shippingEstimate } }" },
            },
        });

        Assert.False(output.TryGetProperty("error", out var error), error.ToString());
        var results = output.GetProperty("results");
        Assert.Equal(
            Json("""
                {'data':{'me':{'name':'Ada','purchases':[
                  {'upc':'p1','name':'Product 1','price':100,'shippingEstimate':4,'reviews':[{'body':'Review 1'}]},
                  {'upc':'p2','name':'Product 2','price':200,'shippingEstimate':6,'reviews':[{'body':'Review 2'}]},
                  {'upc':'p3','name':'Product 3','price':300,'shippingEstimate':8,'reviews':[{'body':'Review 3'}]}]}}}
                """),
            JsonSerializer.Serialize(results[0]));
        Assert.Equal(
            Json("{'data':{'topProducts':[{'upc':'p1','weight':2,'shippingEstimate':4},{'upc':'p2','weight':3,'shippingEstimate':6}]}}"),
            JsonSerializer.Serialize(results[1]));

        // The gateway read our SDL; each query then fetched products through one _entities call, loaded in one batch
        // (the purchased products with their weights from accounts, then the top products' shipping estimates).
        Assert.Contains(server.Queries, q => q.Contains("_service", StringComparison.Ordinal));
        Assert.Equal(2, server.Queries.Count(q => q.Contains("_entities", StringComparison.Ordinal)));
        Assert.Equal([["p1", "p2", "p3"], ["p1", "p2"]], fetches.Batches);
    }

    [Fact]
    public async Task Stitching_our_endpoint_answers_what_it_answers_directly()
    {
        await using var server = new LoopbackGraphQLServer(ProductSubgraph.Build(), ProductSubgraph.ServicesFor(new ProductSubgraph.ProductFetches()));
        var query = "query ($first: Int) { topProducts(first: $first) { upc name price variation { id } reviews { id stars author { id } product { upc } } } review(id: \"r2\") { body } }";

        var output = GraphQLJsOracle.RunClient("stitch.mjs", new
        {
            url = server.Url,
            requests = new object[]
            {
                new { query, variables = new { first = 3 } },
                new { query = "{ greeting review(id: \"r1\") { id body } }" },
            },
        });

        var results = output.GetProperty("results");
        var direct = await ProductSubgraph.RunAsync(ProductSubgraph.Build(), query, new { first = 3 });
        Assert.Equal(direct, JsonSerializer.Serialize(results[0].GetProperty("direct")));
        Assert.Equal(direct, JsonSerializer.Serialize(results[0].GetProperty("stitched")));
        Assert.Equal(
            Json("{'data':{'greeting':'Hello, world!','review':{'id':'r1','body':'Review 1'}}}"),
            JsonSerializer.Serialize(results[1].GetProperty("stitched")));
    }
}
