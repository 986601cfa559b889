using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Emulators.Json;
using ProfileGraph.Emulators.Observability;

namespace ProfileGraph.Emulators.Admin;

/// <summary>
/// <c>/_admin</c>: read and reset the counters, read, set and reset each provider's faults, and
/// reset the rate-limit windows, drop the nandbox sockets, list the first ids of a provider's users (the ids
/// <c>user(provider:, id:)</c> takes, for a client of an emulator host in another process), change a Slack user
/// (<see cref="SlackUserAdmin"/>). Providers are named slack, telegram, whatsapp and nandbox.
/// </summary>
internal static class AdminEndpoints
{
    public const string Prefix = "/_admin";

    public static void Map(IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup(Prefix);
        admin.MapGet("", GetOverviewAsync);
        admin.MapGet("/ids/{provider}", context => WithProviderAsync(context, provider => WriteAsync(context, Ids(State(context), provider, context.Request.Query["first"]), EmulatorJson.Context.StringArray)));
        admin.MapGet("/counters", context => WriteAsync(context, AllCounters(State(context)), EmulatorJson.Context.DictionaryStringIReadOnlyDictionaryStringEndpointCounterSnapshot));
        admin.MapGet("/counters/{provider}", context => WithProviderAsync(context, provider => WriteAsync(context, State(context).Counters.Snapshot(provider), EmulatorJson.Context.IReadOnlyDictionaryStringEndpointCounterSnapshot)));
        admin.MapDelete("/counters", context => NoContent(context, () => State(context).Counters.Reset()));
        admin.MapDelete("/counters/{provider}", context => WithProviderAsync(context, provider => NoContent(context, () => State(context).Counters.Reset(provider))));
        admin.MapGet("/faults", context => WriteAsync(context, AllFaults(State(context)), EmulatorJson.Context.DictionaryStringFaultProfile));
        admin.MapGet("/faults/{provider}", context => WithProviderAsync(context, provider => WriteAsync(context, State(context).GetFaults(provider), EmulatorJson.Context.FaultProfile)));
        admin.MapPut("/faults/{provider}", context => WithProviderAsync(context, provider => SetFaultsAsync(context, provider)));
        admin.MapDelete("/faults", context => NoContent(context, () => State(context).ResetFaults()));
        admin.MapDelete("/faults/{provider}", context => WithProviderAsync(context, provider => NoContent(context, () => State(context).ResetFaults(provider))));
        admin.MapDelete("/rate-limits", context => NoContent(context, () => State(context).ResetRateLimits()));
        admin.MapPost("/nandbox/drop", context => NoContent(context, () => State(context).DropNandboxSockets()));
        admin.MapMethods("/telegram/users/{key}", [HttpMethods.Patch], ChangeTelegramUserAsync);
        SlackUserAdmin.Map(admin);
        admin.MapPost("/reset", context => NoContent(context, () =>
        {
            var state = State(context);
            state.Counters.Reset();
            state.ResetFaults();
            state.ResetRateLimits();
            state.SlackUsers.Reset();
        }));
    }

    /// <summary>
    /// Changes a Telegram user's names, as the person would in the app: a JSON object with any of <c>firstName</c>,
    /// <c>lastName</c>, <c>username</c> (null clears the last two). 404 for an unknown key, 400 for anything else.
    /// </summary>
    private static async Task ChangeTelegramUserAsync(HttpContext context)
    {
        var dataset = State(context).Dataset;
        var key = (string)context.Request.RouteValues["key"]!;
        if (!dataset.TelegramUsersByKey.TryGetValue(key, out var user))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        try
        {
            using var change = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            if (change.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException("not an object");
            }

            foreach (var property in change.RootElement.EnumerateObject())
            {
                var value = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Null when property.Name != "firstName" => null,
                    _ => throw new JsonException($"{property.Name} must be a string"),
                };
                user = property.Name switch
                {
                    "firstName" when !string.IsNullOrWhiteSpace(value) => user with { FirstName = value },
                    "lastName" => user with { LastName = value },
                    "username" => user with { Username = value },
                    _ => throw new JsonException($"{property.Name} is not a Telegram user's changeable field"),
                };
            }
        }
        catch (JsonException error)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync(error.Message, context.RequestAborted);
            return;
        }

        dataset.ReplaceTelegramUser(user);
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    private static Task GetOverviewAsync(HttpContext context)
    {
        var dataset = State(context).Dataset;
        var providers = new Dictionary<string, AdminProviderInfo>(StringComparer.Ordinal)
        {
            [EmulatedProvider.Slack.RouteName()] = new("/api/users.profile.get, /api/users.info", dataset.SlackUsers.Count),
            [EmulatedProvider.Telegram.RouteName()] = new("/telegram/1/applications/{applicationKey}/users[/{userKey}]", dataset.TelegramUsers.Count),
            [EmulatedProvider.WhatsApp.RouteName()] = new("/waInstance{idInstance}/getContactInfo|getAvatar/{apiTokenInstance}", dataset.WhatsAppContacts.Count),
            [EmulatedProvider.Nandbox.RouteName()] = new("/nandbox/api/ (WebSocket)", dataset.NandboxUsers.Count),
        };
        return WriteAsync(context, new AdminOverview(dataset.Seed, providers), EmulatorJson.Context.AdminOverview);
    }

    private static async Task SetFaultsAsync(HttpContext context, EmulatedProvider provider)
    {
        FaultProfile? profile;
        try
        {
            profile = await JsonSerializer.DeserializeAsync(context.Request.Body, EmulatorJson.Context.FaultProfile, context.RequestAborted);
        }
        catch (JsonException exception)
        {
            await BadRequestAsync(context, $"invalid fault profile: {exception.Message}");
            return;
        }

        var problem = profile is null ? "a fault profile is required" : profile.ValidateFor(provider);
        if (problem is not null)
        {
            await BadRequestAsync(context, problem);
            return;
        }

        State(context).SetFaults(provider, profile!);
        await WriteAsync(context, profile!, EmulatorJson.Context.FaultProfile);
    }

    /// <summary>The first <paramref name="first"/> ids (10 by default, at most 1,000) in the dataset's order.</summary>
    private static string[] Ids(EmulatorState state, EmulatedProvider provider, string? first)
    {
        var count = int.TryParse(first, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 0, 1000) : 10;
        var dataset = state.Dataset;
        IEnumerable<string> ids = provider switch
        {
            EmulatedProvider.Slack => dataset.SlackUsers.Select(user => user.Id),
            EmulatedProvider.Telegram => dataset.TelegramUsers.Select(user => user.Key),
            EmulatedProvider.WhatsApp => dataset.WhatsAppContacts.Select(contact => contact.ChatId),
            _ => dataset.NandboxUsers.Select(user => user.Id),
        };
        return [.. ids.Take(count)];
    }

    private static Dictionary<string, IReadOnlyDictionary<string, EndpointCounterSnapshot>> AllCounters(EmulatorState state) =>
        EmulatedProviders.All.ToDictionary(provider => provider.RouteName(), state.Counters.Snapshot, StringComparer.Ordinal);

    private static Dictionary<string, FaultProfile> AllFaults(EmulatorState state) =>
        EmulatedProviders.All.ToDictionary(provider => provider.RouteName(), state.GetFaults, StringComparer.Ordinal);

    private static Task WithProviderAsync(HttpContext context, Func<EmulatedProvider, Task> action)
    {
        var name = context.GetRouteValue("provider") as string;
        return EmulatedProviders.TryParseRouteName(name, out var provider)
            ? action(provider)
            : WriteAsync(context, new AdminError($"unknown provider '{name}'; expected slack, telegram, whatsapp or nandbox"), EmulatorJson.Context.AdminError, StatusCodes.Status404NotFound);
    }

    private static Task NoContent(HttpContext context, Action action)
    {
        action();
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    internal static Task BadRequestAsync(HttpContext context, string problem) =>
        WriteAsync(context, new AdminError(problem), EmulatorJson.Context.AdminError, StatusCodes.Status400BadRequest);

    internal static Task WriteAsync<T>(HttpContext context, T body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, int statusCode = StatusCodes.Status200OK) =>
        EmulatorJson.WriteAsync(context.Response, statusCode, body, typeInfo);

    internal static EmulatorState State(HttpContext context) => context.RequestServices.GetRequiredService<EmulatorState>();
}
