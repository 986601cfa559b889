using ProfileGraph.Providers.WhatsApp;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Graph.WhatsApp;

/// <summary>The <c>Product</c> type: a product card of a business contact.</summary>
public sealed record Product(string Id, string Name, string? Description, string? Price, string? Availability, bool IsHidden, ProductImageUrls ImageUrls, string? ReviewStatus)
{
    public static Product From(WhatsAppProduct product) => new(
        product.Id,
        product.Name ?? "",
        product.Description.NullIfEmpty(),
        product.Price.NullIfEmpty(),
        product.Availability.NullIfEmpty(),
        product.IsHidden,
        new ProductImageUrls(product.ImageUrls?.Requested ?? "", product.ImageUrls?.Original ?? ""),
        product.ReviewStatus?.Whatsapp.NullIfEmpty());
}

/// <summary>The <c>ProductImageUrls</c> type.</summary>
public sealed record ProductImageUrls(string Requested, string Original);
