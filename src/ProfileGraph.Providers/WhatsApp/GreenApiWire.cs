namespace ProfileGraph.Providers.WhatsApp;

/// <summary>A 400 or 500 with a description of what went wrong.</summary>
internal sealed record GreenApiErrorResponse(int? Code, string? Description);

/// <summary>The 466 body once the plan's monthly quota is used up.</summary>
internal sealed record GreenApiQuotaResponse(GreenApiInvokeStatus? InvokeStatus);

internal sealed record GreenApiInvokeStatus(string? Method, int? Used, int? Total, string? Status, string? Description);

/// <summary>Both methods' request body: <c>{"chatId":"79001234567@c.us"}</c>.</summary>
internal sealed record ChatIdRequest(string ChatId);
