namespace ProfileGraph.Emulators.Telegram;

/// <summary>The list answer: <c>{"users":[...]}</c>.</summary>
internal sealed record InfobipUsersResponse(IReadOnlyList<TelegramUser> Users);

/// <summary>Infobip's error envelope: <c>{"requestError":{"serviceException":{...}}}</c>.</summary>
internal sealed record InfobipErrorResponse(InfobipRequestError RequestError);

internal sealed record InfobipRequestError(InfobipServiceException ServiceException);

internal sealed record InfobipServiceException(string MessageId, string Text)
{
    /// <summary>400 only: parameter name to its problems.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? ValidationErrors { get; init; }
}
