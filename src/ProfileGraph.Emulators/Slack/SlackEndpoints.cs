using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Emulators.Hosting;
using ProfileGraph.Emulators.Json;

namespace ProfileGraph.Emulators.Slack;

/// <summary>
/// The Slack Web API methods <c>users.profile.get</c> and <c>users.info</c> under <c>/api/</c>.
/// Failures are HTTP 200 with <c>{"ok":false,"error":...}</c>; only throttling is a 429.
/// </summary>
internal static class SlackEndpoints
{
    private const string ProfileReadScope = "users.profile:read";
    private const string UsersReadScope = "users:read";
    private const string LimitedTokenScopes = "chat:write";

    private static readonly string[] GetAndPost = [HttpMethods.Get, HttpMethods.Post];
    private static readonly SlackErrorResponses Errors = new();

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapEmulated("/api/users.profile.get", GetAndPost, EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet, Errors, GetProfileAsync);
        routes.MapEmulated("/api/users.info", GetAndPost, EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersInfo, Errors, GetInfoAsync);
    }

    private static async Task GetProfileAsync(EmulatedCall call)
    {
        var options = call.State.Options.Slack;
        var arguments = await SlackArgumentReader.ReadAsync(call.Http.Request);
        var includeLabels = arguments.GetFlag("include_labels");
        var limits = includeLabels ? [options.ProfileGetLimit, options.IncludeLabelsLimit] : new[] { options.ProfileGetLimit };
        if (await RejectAsync(call, arguments, EmulatedEndpoints.SlackUsersProfileGet, ProfileReadScope, limits))
        {
            return;
        }

        var user = FindUser(call, arguments.Get("user"));
        if (user is null)
        {
            await WriteAsync(call, arguments, new SlackResponse { Error = "user_not_found" });
            return;
        }

        var profile = includeLabels
            ? user.Profile with
            {
                Fields = user.Profile.Fields.ToDictionary(
                    field => field.Key,
                    field => field.Value with { Label = call.State.Dataset.SlackFieldLabels.GetValueOrDefault(field.Key, "") },
                    StringComparer.Ordinal),
            }
            : user.Profile;
        call.Counter.AddBatch(1);
        await WriteAsync(call, arguments, new SlackResponse { Ok = true, Profile = profile });
    }

    private static async Task GetInfoAsync(EmulatedCall call)
    {
        var arguments = await SlackArgumentReader.ReadAsync(call.Http.Request);
        if (await RejectAsync(call, arguments, EmulatedEndpoints.SlackUsersInfo, UsersReadScope, [call.State.Options.Slack.UsersInfoLimit]))
        {
            return;
        }

        // users.info has no default user: without one, nothing is found.
        var userId = arguments.Get("user");
        var user = string.IsNullOrEmpty(userId) ? null : FindUser(call, userId);
        if (user is null)
        {
            await WriteAsync(call, arguments, new SlackResponse { Error = "user_not_found" });
            return;
        }

        call.Counter.AddBatch(1);
        await WriteAsync(call, arguments, new SlackResponse { Ok = true, User = user });
    }

    /// <summary>
    /// Argument, authentication, rate-limit and scope checks, in Slack's order; answers and returns
    /// true when the call stops here.
    /// </summary>
    private static async Task<bool> RejectAsync(EmulatedCall call, SlackArguments arguments, string method, string scope, RateLimitRule[] limits)
    {
        var options = call.State.Options.Slack;
        var error = arguments.Error
            ?? (string.IsNullOrEmpty(arguments.Token) ? "not_authed" : null)
            ?? (arguments.Token == options.InactiveToken ? "account_inactive" : null)
            ?? (arguments.Token != options.Token && arguments.Token != options.LimitedScopeToken ? "invalid_auth" : null);
        if (error is not null)
        {
            await WriteAsync(call, arguments, new SlackResponse { Error = error });
            return true;
        }

        for (var i = 0; i < limits.Length; i++)
        {
            if (await call.ThrottledAsync($"slack:{method}:{i}:{arguments.Token}", limits[i]))
            {
                return true;
            }
        }

        if (arguments.Token == options.LimitedScopeToken)
        {
            await WriteAsync(call, arguments, new SlackResponse { Error = "missing_scope", Needed = scope, Provided = LimitedTokenScopes });
            return true;
        }

        return false;
    }

    private static SlackUser? FindUser(EmulatedCall call, string? userId)
    {
        call.Counter.AddKeys(1);
        var users = call.State.SlackUsers;
        if (string.IsNullOrEmpty(userId))
        {
            var owner = call.State.Options.Slack.TokenOwnerUserId;
            return users.Find(owner ?? call.State.Dataset.SlackUsers.First(user => !user.IsBot && !user.Deleted).Id);
        }

        return users.Find(userId);
    }

    private static Task WriteAsync(EmulatedCall call, SlackArguments arguments, SlackResponse response)
    {
        if (arguments.Warnings.Count > 0)
        {
            response = response with
            {
                Warning = string.Join(',', arguments.Warnings),
                ResponseMetadata = new SlackResponseMetadata(arguments.Warnings),
            };
        }

        return EmulatorJson.WriteAsync(call.Http.Response, StatusCodes.Status200OK, response, EmulatorJson.Context.SlackResponse);
    }
}
