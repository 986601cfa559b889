using System.Collections.Concurrent;
using ProfileGraph.GraphQL.Binding;
using ProfileGraph.GraphQL.DataLoader;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Federation;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Tests.Federation;

/// <summary>
/// A products-and-reviews subgraph that uses every federation directive: entities with one and two keys (one of
/// them nested), an unresolvable stub, an <c>@interfaceObject</c>, and fields marked for composition. Product
/// entities load through a DataLoader whose fetches are counted.
/// </summary>
internal static class ProductSubgraph
{
    public const string Sdl = """
        extend schema
          @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@tag", "@inaccessible", "@override", "@interfaceObject", "FieldSet"])

        type Query {
          "The best-selling products."
          topProducts(first: Int = 5): [Product!]!
          review(id: ID!): Review
        }

        "A product in the catalogue."
        type Product @key(fields: "upc") @key(fields: "sku variation { id }") {
          upc: String!
          sku: String!
          variation: ProductVariation!
          name: String @shareable
          price: Int @tag(name: "public")
          weight: Int @external
          shippingEstimate: Int @requires(fields: "weight")
          internalCode: String @inaccessible
          reviews: [Review!]!
        }

        type ProductVariation {
          id: ID!
        }

        type Review @key(fields: "id") {
          id: ID!
          body: String!
          stars: Int!
          author: User @provides(fields: "name")
          product: Product!
          highlighted: Boolean @override(from: "accounts", label: "percent(50)")
        }

        type User @key(fields: "id", resolvable: false) {
          id: ID!
          name: String @external
        }

        type Media @key(fields: "id") @interfaceObject {
          id: ID!
          reviews: [Review!]!
        }
        """;

    public sealed record Product(string Upc, string Sku, ProductVariation Variation, string Name, int Price, int? Weight, string InternalCode)
    {
        public int? ShippingEstimate => Weight is { } weight ? weight * 2 : null;
    }

    public sealed record ProductVariation(string Id);

    public sealed record Review(string Id, string Body, int Stars, User Author, string ProductUpc, bool Highlighted);

    public sealed record User(string Id, string Name);

    public sealed record Media(string Id);

    /// <summary>Products p1 to p200: sku s{i}, variation v{i % 3}.</summary>
    public static IReadOnlyDictionary<string, Product> Products { get; } = Enumerable.Range(1, 200)
        .Select(i => new Product($"p{i}", $"s{i}", new ProductVariation($"v{i % 3}"), $"Product {i}", i * 100, null, $"internal-{i}"))
        .ToDictionary(p => p.Upc);

    /// <summary>Reviews r1 to r20, of products p1 to p20.</summary>
    public static IReadOnlyDictionary<string, Review> Reviews { get; } = Enumerable.Range(1, 20)
        .Select(i => new Review($"r{i}", $"Review {i}", (i % 5) + 1, new User($"u{i}", $"User {i}"), $"p{i}", i % 2 == 0))
        .ToDictionary(r => r.Id);

    /// <summary>Every fetch of the product loader: the keys of each batch.</summary>
    public sealed class ProductFetches
    {
        public ConcurrentQueue<string[]> Batches { get; } = new();
    }

    public sealed class ProductsByUpc(IBatchScheduler scheduler, ProductFetches fetches) : BatchDataLoader<string, Product?>(scheduler)
    {
        protected override async Task<IReadOnlyDictionary<string, Product?>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
        {
            fetches.Batches.Enqueue([.. keys]);
            await Task.Delay(1, cancellationToken);
            return keys.Where(Products.ContainsKey).ToDictionary(k => k, k => (Product?)Products[k]);
        }
    }

    public static class QueryResolvers
    {
        public static IEnumerable<Product> TopProducts(int first) => Products.Values.Take(first);

        public static Review? Review(string id) => Reviews.GetValueOrDefault(id);
    }

    public static class ProductResolvers
    {
        public static IEnumerable<Review> Reviews([Parent] Product product) => ProductSubgraph.Reviews.Values.Where(r => r.ProductUpc == product.Upc);
    }

    public static class ReviewResolvers
    {
        public static Product Product([Parent] Review review) => Products[review.ProductUpc];
    }

    /// <summary>The schema-first builder of the subgraph with its resolvers; <paramref name="configure"/> adds entity resolvers.</summary>
    public static SchemaBuilder Builder(string sdl = Sdl) => new SchemaBuilder()
        .AddDocument(sdl)
        .AddFederation()
        .AddResolvers(typeof(QueryResolvers), "Query")
        .AddResolvers(typeof(ProductResolvers), "Product")
        .AddResolvers(typeof(ReviewResolvers), "Review")
        .AddResolver("Media", "reviews", ([Parent] Media media) => Reviews.Values.Take(2))
        .BindRuntimeType<Media>("Media");

    /// <summary>The subgraph with entity resolvers for Product (by either key) and Review, and none for Media.</summary>
    public static GraphQLSchema Build() => Builder()
        .AddEntityResolver("Product", "upc", async (string upc, int? weight, ProductsByUpc products) =>
            await products.LoadAsync(upc) is { } product ? product with { Weight = weight ?? product.Weight } : null)
        .AddEntityResolver("Product", "sku variation { id }", ([Parent] EntityRepresentation representation) =>
            Products.Values.FirstOrDefault(p => p.Sku == representation.GetString("sku")
                && representation["variation"] is IReadOnlyDictionary<string, object?> variation && Equals(variation["id"], p.Variation.Id)))
        .AddEntityResolver("Review", context => new ValueTask<object?>(
            Reviews.GetValueOrDefault(((EntityRepresentation)context.Parent!).GetString("id")!)
            ?? throw new GraphQLException($"No review has id \"{((EntityRepresentation)context.Parent!).GetString("id")}\".", "NOT_FOUND")))
        .Build();

    /// <summary>Runs a document with the services the DataLoaders need.</summary>
    public static async Task<string> RunAsync(GraphQLSchema schema, string query, object? variables = null, ProductFetches? fetches = null)
    {
        var result = await new RequestExecutor(schema).ExecuteAsync(new ExecutionRequest
        {
            Query = query,
            Variables = variables is null ? null : System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, System.Text.Json.JsonElement>>(System.Text.Json.JsonSerializer.Serialize(variables))!
                .ToDictionary(p => p.Key, p => (object?)p.Value),
            Services = ServicesFor(fetches ?? new ProductFetches()),
        });
        return result.ToJson();
    }

    /// <summary>The request services the product loader needs.</summary>
    public static IServiceProvider ServicesFor(ProductFetches fetches) => new Services(fetches);

    private sealed class Services(ProductFetches fetches) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(ProductFetches) ? fetches : null;
    }
}
