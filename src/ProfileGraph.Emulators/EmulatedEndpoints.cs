namespace ProfileGraph.Emulators;

/// <summary>Endpoint names used as counter keys, one per emulated operation.</summary>
public static class EmulatedEndpoints
{
    public const string SlackUsersProfileGet = "users.profile.get";
    public const string SlackUsersInfo = "users.info";
    public const string TelegramListUsers = "users.list";
    public const string TelegramGetUser = "users.get";
    public const string WhatsAppGetContactInfo = "getContactInfo";
    public const string WhatsAppGetAvatar = "getAvatar";
    public const string NandboxConnect = "connect";
    public const string NandboxTokenAuth = "TOKEN_AUTH";
    public const string NandboxPing = "PING";
    public const string NandboxGetUser = "getUser";
    public const string NandboxGetMyProfiles = "getMyProfiles";
}
