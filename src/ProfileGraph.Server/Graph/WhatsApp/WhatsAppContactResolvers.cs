using ProfileGraph.GraphQL.Binding;
using ProfileGraph.Server.Paging;

namespace ProfileGraph.Server.Graph.WhatsApp;

/// <summary>The <c>WhatsAppContact</c> fields with arguments; the rest are read from <see cref="WhatsAppData"/>.</summary>
public static class WhatsAppContactResolvers
{
    private static readonly PagingLimits Limits = new(DefaultPageSize: 20, MaxPageSize: 100);

    /// <summary>The catalogue in the order the business keeps it; cursors name products, so they outlive reordering.</summary>
    public static Connection<Product> Products([Parent] WhatsAppData contact, int? first, string? after) =>
        CursorPaging.Page(
            [.. contact.Products.Select(Product.From)],
            new PagingArguments(First: first, After: after),
            new KeyCursorCodec<Product>("products:" + contact.ChatId, p => p.Id),
            Limits);
}
