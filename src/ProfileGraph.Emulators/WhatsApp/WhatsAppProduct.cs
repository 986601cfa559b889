using System.Text.Json.Serialization;

namespace ProfileGraph.Emulators.WhatsApp;

/// <summary>A product card of a business contact.</summary>
public sealed record WhatsAppProduct
{
    public required string Id { get; init; }

    public required WhatsAppProductImageUrls ImageUrls { get; init; }

    public WhatsAppReviewStatus ReviewStatus { get; init; } = new("APPROVED");

    public string Availability { get; init; } = "in stock";

    public required string Name { get; init; }

    public string? Description { get; init; }

    /// <summary>A string such as "1500.00", or null when the business shows no price.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Price { get; init; }

    public bool IsHidden { get; init; }
}

/// <summary>Preview (<c>requested</c>) and full-size (<c>original</c>) image links of a product.</summary>
public sealed record WhatsAppProductImageUrls(string Requested, string Original);

public sealed record WhatsAppReviewStatus(string Whatsapp);
