using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProfileGraph.Emulators.Hosting;
using ProfileGraph.Emulators.Json;

namespace ProfileGraph.Emulators.Telegram;

/// <summary>
/// Infobip's Telegram users API: the list (the batch path, up to 10000 users a call) and one user.
/// </summary>
internal static class TelegramEndpoints
{
    public const int MaxLimit = 10_000;

    private static readonly string[] Get = [HttpMethods.Get];
    private static readonly InfobipErrorResponses Errors = new();

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapEmulated("/telegram/1/applications/{applicationKey}/users", Get, EmulatedProvider.Telegram, EmulatedEndpoints.TelegramListUsers, Errors, ListUsersAsync);
        routes.MapEmulated("/telegram/1/applications/{applicationKey}/users/{userKey}", Get, EmulatedProvider.Telegram, EmulatedEndpoints.TelegramGetUser, Errors, GetUserAsync);
    }

    private static async Task ListUsersAsync(EmulatedCall call)
    {
        if (await RejectAsync(call, EmulatedEndpoints.TelegramListUsers))
        {
            return;
        }

        var limit = MaxLimit;
        var limitText = call.Http.Request.Query["limit"];
        if (limitText.Count > 0 && (!int.TryParse(limitText.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
        {
            await InfobipErrorResponses.WriteAsync(
                call.Http,
                StatusCodes.Status400BadRequest,
                "BAD_REQUEST",
                "Bad request",
                new Dictionary<string, IReadOnlyList<string>> { ["limit"] = [$"must be an integer between 1 and {MaxLimit}"] });
            return;
        }

        var users = call.State.Dataset.TelegramUsers.Take(limit).ToList();
        call.Counter.AddBatch(users.Count);
        await EmulatorJson.WriteAsync(call.Http.Response, StatusCodes.Status200OK, new InfobipUsersResponse(users), EmulatorJson.Context.InfobipUsersResponse);
    }

    private static async Task GetUserAsync(EmulatedCall call)
    {
        if (await RejectAsync(call, EmulatedEndpoints.TelegramGetUser))
        {
            return;
        }

        call.Counter.AddKeys(1);
        var userKey = (string)call.Http.GetRouteValue("userKey")!;
        if (!call.State.Dataset.TelegramUsersByKey.TryGetValue(userKey, out var user))
        {
            await InfobipErrorResponses.WriteAsync(call.Http, StatusCodes.Status404NotFound, "NOT_FOUND", "User not found.");
            return;
        }

        call.Counter.AddBatch(1);
        await EmulatorJson.WriteAsync(call.Http.Response, StatusCodes.Status200OK, user, EmulatorJson.Context.TelegramUser);
    }

    /// <summary>Authentication, per-endpoint throttling and the application, in that order.</summary>
    private static async Task<bool> RejectAsync(EmulatedCall call, string endpoint)
    {
        var options = call.State.Options.Telegram;
        var credential = InfobipAuthorization.Authenticate(call.Http.Request, options);
        if (credential is null)
        {
            await InfobipErrorResponses.WriteAsync(call.Http, StatusCodes.Status401Unauthorized, "UNAUTHORIZED", "Invalid login details");
            return true;
        }

        if (await call.ThrottledAsync($"telegram:{endpoint}:{credential}", options.EndpointLimit))
        {
            return true;
        }

        if ((string?)call.Http.GetRouteValue("applicationKey") != options.ApplicationKey)
        {
            await InfobipErrorResponses.WriteAsync(call.Http, StatusCodes.Status404NotFound, "NOT_FOUND", "Application not found.");
            return true;
        }

        return false;
    }
}
