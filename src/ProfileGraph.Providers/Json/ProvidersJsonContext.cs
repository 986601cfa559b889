using System.Text.Json.Serialization;
using ProfileGraph.Providers.Nandbox;
using ProfileGraph.Providers.Slack;
using ProfileGraph.Providers.Telegram;
using ProfileGraph.Providers.WhatsApp;

namespace ProfileGraph.Providers.Json;

/// <summary>
/// Source-generated readers of every provider body. Names match case-insensitively (GREEN-API's docs write
/// <c>messageexpiration</c>, its SDKs <c>messageExpiration</c>) and numbers may come quoted.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(SlackResponse))]
[JsonSerializable(typeof(TelegramUser))]
[JsonSerializable(typeof(InfobipUsersResponse))]
[JsonSerializable(typeof(InfobipErrorResponse))]
[JsonSerializable(typeof(WhatsAppContact))]
[JsonSerializable(typeof(WhatsAppAvatar))]
[JsonSerializable(typeof(GreenApiErrorResponse))]
[JsonSerializable(typeof(GreenApiQuotaResponse))]
[JsonSerializable(typeof(ChatIdRequest))]
[JsonSerializable(typeof(NandboxUser))]
internal sealed partial class ProvidersJsonContext : JsonSerializerContext;
