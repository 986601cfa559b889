using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProfileGraph.Emulators.Json;
using ProfileGraph.Emulators.Slack;

namespace ProfileGraph.Emulators.Admin;

/// <summary>
/// <c>PATCH /_admin/slack/users/{id}</c> with profile fields (<see cref="SlackUserChange"/>): the user changes as if they
/// had edited their profile, so users.profile.get and users.info answer the new values, and, when
/// <c>Emulators:Slack:EventsUrl</c> is set, a signed <c>user_change</c> event is sent there before the answer, which
/// says how that went. 400 for a body that is not a valid change, 404 for a user the workspace does not have.
/// </summary>
internal static class SlackUserAdmin
{
    public static void Map(RouteGroupBuilder admin) => admin.MapPatch("/slack/users/{id}", ChangeAsync);

    private static async Task ChangeAsync(HttpContext context)
    {
        SlackUserChange? change;
        try
        {
            change = await JsonSerializer.DeserializeAsync(context.Request.Body, EmulatorJson.Context.SlackUserChange, context.RequestAborted);
        }
        catch (JsonException exception)
        {
            await AdminEndpoints.BadRequestAsync(context, $"invalid user change: {exception.Message}");
            return;
        }

        var problem = change is null ? "a JSON object of profile fields is required" : change.Validate();
        if (problem is not null)
        {
            await AdminEndpoints.BadRequestAsync(context, problem);
            return;
        }

        var state = AdminEndpoints.State(context);
        var id = (string)context.GetRouteValue("id")!;
        var user = state.SlackUsers.Change(id, change!, state.Clock.GetUtcNow());
        if (user is null)
        {
            await AdminEndpoints.WriteAsync(context, new AdminError($"no Slack user '{id}'"), EmulatorJson.Context.AdminError, StatusCodes.Status404NotFound);
            return;
        }

        var delivery = await SlackEventSender.SendUserChangeAsync(state, user, context.RequestAborted);
        await AdminEndpoints.WriteAsync(context, new SlackUserChangeResult(user, delivery), EmulatorJson.Context.SlackUserChangeResult);
    }
}
