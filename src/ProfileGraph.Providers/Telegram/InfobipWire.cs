namespace ProfileGraph.Providers.Telegram;

/// <summary>The list answer: <c>{"users":[...]}</c>.</summary>
internal sealed record InfobipUsersResponse(IReadOnlyList<TelegramUser>? Users);

/// <summary>Infobip's error envelope: <c>{"requestError":{"serviceException":{"messageId","text"}}}</c>.</summary>
internal sealed record InfobipErrorResponse(InfobipRequestError? RequestError);

internal sealed record InfobipRequestError(InfobipServiceException? ServiceException);

internal sealed record InfobipServiceException(string? MessageId, string? Text);
