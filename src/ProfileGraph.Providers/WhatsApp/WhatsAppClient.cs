using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using ProfileGraph.Providers.Configuration;
using ProfileGraph.Providers.Errors;
using ProfileGraph.Providers.Http;
using ProfileGraph.Providers.Json;
using ProfileGraph.Providers.Resilience;

namespace ProfileGraph.Providers.WhatsApp;

/// <summary>
/// GREEN-API's getContactInfo (1 request/s per instance) and getAvatar (10/s). The instance token is part of
/// every path, so nothing here puts a request URI into a message or a log.
/// </summary>
public sealed class WhatsAppClient
{
    internal static readonly ProviderOperation GetContactInfo = new(Provider.WhatsApp, "getContactInfo");
    internal static readonly ProviderOperation GetAvatar = new(Provider.WhatsApp, "getAvatar");

    /// <summary>GREEN-API's monthly plan quota is used up: no retry helps until the plan changes.</summary>
    private const int QuotaExceeded = 466;

    private readonly ProviderHttp _http;
    private readonly string _instancePath;
    private readonly string _token;

    public WhatsAppClient(HttpClient http, ProviderPipelines pipelines, IOptions<WhatsAppOptions> options, TimeProvider time)
    {
        _http = new ProviderHttp(http, pipelines.Get(Provider.WhatsApp), time);
        _instancePath = "waInstance" + Uri.EscapeDataString(options.Value.IdInstance!);
        _token = Uri.EscapeDataString(options.Value.ApiTokenInstance!);
    }

    /// <summary>A private chat's contact: names, e-mail, business details and products, chat settings.</summary>
    public Task<WhatsAppContact> GetContactInfoAsync(string chatId, CancellationToken cancellationToken = default) =>
        CallAsync(GetContactInfo, chatId, response => response.Read(ProvidersJsonContext.Default.WhatsAppContact), cancellationToken);

    /// <summary>Only the avatar: ten times the budget of <see cref="GetContactInfoAsync"/>.</summary>
    public Task<WhatsAppAvatar> GetAvatarAsync(string chatId, CancellationToken cancellationToken = default) =>
        CallAsync(GetAvatar, chatId, response => response.Read(ProvidersJsonContext.Default.WhatsAppAvatar), cancellationToken);

    private Task<T> CallAsync<T>(ProviderOperation operation, string chatId, Func<ProviderResponse, T> read, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(chatId);
        if (chatId.EndsWith("@g.us", StringComparison.OrdinalIgnoreCase))
        {
            // GREEN-API would answer 400 after costing a permit of a 1/s budget: refuse before calling.
            throw new ProviderException(
                Provider.WhatsApp,
                ProviderErrorKind.InvalidRequest,
                $"WhatsApp {operation.Name}: group chats are not supported (GetGroupData serves groups)",
                providerCode: "group_chat");
        }

        return _http.SendAsync(
            operation,
            () => new HttpRequestMessage(HttpMethod.Post, $"{_instancePath}/{operation.Name}/{_token}")
            {
                Content = JsonContent.Create(new ChatIdRequest(chatId), ProvidersJsonContext.Default.ChatIdRequest),
            },
            response => response.IsSuccess ? read(response) : throw Failure(response),
            cancellationToken);
    }

    private static ProviderException Failure(ProviderResponse response)
    {
        if ((int)response.Status == QuotaExceeded)
        {
            var status = ProviderHttp.TryRead(response.Body, ProvidersJsonContext.Default.GreenApiQuotaResponse)?.InvokeStatus?.Status;
            return response.Failure(status ?? "QUOTE_EXCEEDED", ProviderErrorKind.Throttled, isTransient: false);
        }

        return response.Failure(ProviderHttp.TryRead(response.Body, ProvidersJsonContext.Default.GreenApiErrorResponse)?.Description);
    }
}
