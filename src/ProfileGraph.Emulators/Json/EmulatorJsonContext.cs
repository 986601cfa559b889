using System.Text.Json.Serialization;
using ProfileGraph.Emulators.Admin;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Emulators.Nandbox;
using ProfileGraph.Emulators.Observability;
using ProfileGraph.Emulators.Slack;
using ProfileGraph.Emulators.Telegram;
using ProfileGraph.Emulators.WhatsApp;

namespace ProfileGraph.Emulators.Json;

/// <summary>Source-generated serializers of every body the emulators read or write.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(SlackResponse))]
[JsonSerializable(typeof(SlackEventCallback))]
[JsonSerializable(typeof(SlackUserChange))]
[JsonSerializable(typeof(SlackUserChangeResult))]
[JsonSerializable(typeof(InfobipUsersResponse))]
[JsonSerializable(typeof(InfobipErrorResponse))]
[JsonSerializable(typeof(TelegramUser))]
[JsonSerializable(typeof(WhatsAppContact))]
[JsonSerializable(typeof(GreenApiAvatarResponse))]
[JsonSerializable(typeof(GreenApiErrorResponse))]
[JsonSerializable(typeof(GreenApiQuotaResponse))]
[JsonSerializable(typeof(NandboxTokenAuthOk))]
[JsonSerializable(typeof(NandboxUserDetails))]
[JsonSerializable(typeof(NandboxMyProfile))]
[JsonSerializable(typeof(NandboxError))]
[JsonSerializable(typeof(NandboxMalformedUserDetails))]
[JsonSerializable(typeof(FaultProfile))]
[JsonSerializable(typeof(Dictionary<string, FaultProfile>))]
[JsonSerializable(typeof(Dictionary<string, IReadOnlyDictionary<string, EndpointCounterSnapshot>>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, EndpointCounterSnapshot>))]
[JsonSerializable(typeof(AdminOverview))]
[JsonSerializable(typeof(AdminError))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class EmulatorJsonContext : JsonSerializerContext;
