namespace ProfileGraph.Providers.WhatsApp;

/// <summary>A business contact's product card.</summary>
public sealed record WhatsAppProduct
{
    public string Id { get; init; } = "";

    public WhatsAppProductImageUrls? ImageUrls { get; init; }

    /// <summary>e.g. "in stock".</summary>
    public string? Availability { get; init; }

    public WhatsAppReviewStatus? ReviewStatus { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    /// <summary>A string such as "1500.00", or null when the business shows no price.</summary>
    public string? Price { get; init; }

    public bool IsHidden { get; init; }
}

/// <summary>Preview (<c>requested</c>) and full-size (<c>original</c>) image links.</summary>
public sealed record WhatsAppProductImageUrls(string? Requested, string? Original);

/// <summary>WhatsApp's review of the product, e.g. "APPROVED".</summary>
public sealed record WhatsAppReviewStatus(string? Whatsapp);
