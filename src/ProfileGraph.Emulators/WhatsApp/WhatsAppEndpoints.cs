using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Emulators.Hosting;
using ProfileGraph.Emulators.Json;

namespace ProfileGraph.Emulators.WhatsApp;

/// <summary>
/// GREEN-API's <c>getContactInfo</c> and <c>getAvatar</c>: the instance id and its token are in the
/// path, which is why the token must never be logged.
/// </summary>
internal static class WhatsAppEndpoints
{
    private const string QuotaExceededDescription =
        "Monthly quota has been exceeded. Please go to your personal account and change the tariff to business https://console.green-api.com";

    private static readonly string[] Post = [HttpMethods.Post];
    private static readonly GreenApiErrorResponses Errors = new();

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapEmulated("/waInstance{idInstance}/getContactInfo/{apiTokenInstance}", Post, EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetContactInfo, Errors, GetContactInfoAsync);
        routes.MapEmulated("/waInstance{idInstance}/getAvatar/{apiTokenInstance}", Post, EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetAvatar, Errors, GetAvatarAsync);
    }

    private static async Task GetContactInfoAsync(EmulatedCall call)
    {
        var chatId = await ReadChatIdAsync(call, EmulatedEndpoints.WhatsAppGetContactInfo, call.State.Options.WhatsApp.ContactInfoLimit);
        if (chatId is null)
        {
            return;
        }

        // A number the instance never talked to still answers, with empty names.
        var contact = call.State.Dataset.WhatsAppContactsByChatId.GetValueOrDefault(chatId) ?? new WhatsAppContact { ChatId = chatId };
        call.Counter.AddBatch(1);
        await EmulatorJson.WriteAsync(call.Http.Response, StatusCodes.Status200OK, contact, EmulatorJson.Context.WhatsAppContact);
    }

    private static async Task GetAvatarAsync(EmulatedCall call)
    {
        var chatId = await ReadChatIdAsync(call, EmulatedEndpoints.WhatsAppGetAvatar, call.State.Options.WhatsApp.AvatarLimit);
        if (chatId is null)
        {
            return;
        }

        var avatar = call.State.Dataset.WhatsAppContactsByChatId.GetValueOrDefault(chatId)?.Avatar ?? "";
        call.Counter.AddBatch(1);
        await EmulatorJson.WriteAsync(call.Http.Response, StatusCodes.Status200OK, new GreenApiAvatarResponse(avatar, avatar.Length > 0), EmulatorJson.Context.GreenApiAvatarResponse);
    }

    /// <summary>
    /// Instance (403), token (401), rate limit (429), monthly quota (466), then the body (400/500).
    /// Answers and returns null when the call stops there.
    /// </summary>
    private static async Task<string?> ReadChatIdAsync(EmulatedCall call, string method, RateLimitRule limit)
    {
        var options = call.State.Options.WhatsApp;
        var response = call.Http.Response;
        if ((string?)call.Http.GetRouteValue("idInstance") != options.IdInstance)
        {
            response.StatusCode = StatusCodes.Status403Forbidden;
            return null;
        }

        if ((string?)call.Http.GetRouteValue("apiTokenInstance") != options.ApiTokenInstance)
        {
            response.StatusCode = StatusCodes.Status401Unauthorized;
            return null;
        }

        if (await call.ThrottledAsync($"whatsapp:{method}:{options.IdInstance}", limit))
        {
            return null;
        }

        if (options.MonthlyQuota is { } quota && !call.State.Quotas.TryUse($"whatsapp:{method}", quota, out var used))
        {
            var status = new GreenApiInvokeStatus(method.ToLowerInvariant(), used, quota, "QUOTE_EXCEEDED", QuotaExceededDescription);
            await EmulatorJson.WriteAsync(response, 466, new GreenApiQuotaResponse(status), EmulatorJson.Context.GreenApiQuotaResponse);
            return null;
        }

        var (chatId, statusCode, problem) = await GreenApiChatIdReader.ReadAsync(call.Http.Request);
        if (problem is not null)
        {
            await EmulatorJson.WriteAsync(response, statusCode, new GreenApiErrorResponse(statusCode, problem), EmulatorJson.Context.GreenApiErrorResponse);
            return null;
        }

        call.Counter.AddKeys(1);
        return chatId;
    }
}
