namespace ProfileGraph.Emulators.Data;

/// <summary>
/// One person known to two or more providers under the same name and e-mail or phone: the ground
/// truth for identity linking. A provider's id is null where the person has no account there.
/// </summary>
public sealed record LinkedPerson(
    string FirstName,
    string LastName,
    string Email,
    string Phone,
    string? TelegramKey,
    string? SlackUserId,
    string? WhatsAppChatId,
    string? NandboxUserId)
{
    public string FullName => $"{FirstName} {LastName}";
}
