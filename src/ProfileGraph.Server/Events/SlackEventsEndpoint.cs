using System.Text.Json;
using Microsoft.Extensions.Options;
using ProfileGraph.Providers;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Events;

/// <summary>
/// <c>POST /slack/events</c>, the Slack Events API's request URL: every request is checked by
/// <see cref="SlackRequestVerifier"/> first (401 with the reason, nothing published); <c>url_verification</c> is
/// answered with its challenge; a <c>user_change</c> or <c>user_profile_changed</c> event publishes a
/// <see cref="ProfileChange"/> for its user; anything else is acknowledged and ignored. Mapped only when
/// <c>Providers:Slack:SigningSecret</c> is set: without it the path is not there (404).
/// </summary>
public static partial class SlackEventsEndpoint
{
    public const string Path = "/slack/events";
    public const string Source = "slack-events";

    /// <summary>Slack's event bodies are a few kilobytes; anything far larger is not Slack's.</summary>
    private const int MaxBodyBytes = 1 << 20;

    public static IEndpointRouteBuilder MapSlackEvents(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<SlackEventsOptions>>().Value.Enabled)
        {
            var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SlackEventsEndpoint).FullName!);
            LogDisabled(logger);
            return endpoints;
        }

        endpoints.MapPost(Path, ReceiveAsync);
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(HttpRequest request, SlackRequestVerifier verifier, ProfileChangeFeed feed, TimeProvider time)
    {
        // The signature covers the raw bytes, so they are read as they are, before any parsing, and no more of them
        // than a Slack event can take.
        using var body = new MemoryStream();
        if (request.ContentLength > MaxBodyBytes || !await TryReadAsync(request, body).ConfigureAwait(false))
        {
            return Results.Json(new SlackEventsAnswer(Error: "request body too large"), statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var refusal = await verifier.RefuseAsync(request.Headers["X-Slack-Request-Timestamp"], request.Headers["X-Slack-Signature"], body.GetBuffer().AsMemory(0, (int)body.Length)).ConfigureAwait(false);
        if (refusal is not null)
        {
            return Results.Json(new SlackEventsAnswer(Error: refusal), statusCode: StatusCodes.Status401Unauthorized);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.GetBuffer().AsMemory(0, (int)body.Length));
        }
        catch (JsonException)
        {
            return Results.Json(new SlackEventsAnswer(Error: "the body is not JSON"), statusCode: StatusCodes.Status400BadRequest);
        }

        using (document)
        {
            var root = document.RootElement;
            switch (StringOf(root, "type"))
            {
                case "url_verification":
                    return StringOf(root, "challenge") is { } challenge
                        ? Results.Json(new SlackEventsAnswer(Ok: true, Challenge: challenge))
                        : Results.Json(new SlackEventsAnswer(Error: "url_verification without a challenge"), statusCode: StatusCodes.Status400BadRequest);
                case "event_callback" when UserOfChange(root) is { } userId:
                    // Not the request's token: a change half-published because Slack hung up would leave replicas apart.
                    await feed.PublishAsync(new ProfileChange(new UserRef(Provider.Slack, userId), time.GetUtcNow(), Source), CancellationToken.None).ConfigureAwait(false);
                    return Results.Json(new SlackEventsAnswer(Ok: true));
                default:
                    return Results.Json(new SlackEventsAnswer(Ok: true));
            }
        }
    }

    /// <summary>Reads the body into <paramref name="body"/>; false once it is longer than <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<bool> TryReadAsync(HttpRequest request, MemoryStream body)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (body.Length + read > MaxBodyBytes)
            {
                return false;
            }

            body.Write(buffer, 0, read);
        }

        return true;
    }

    /// <summary>The user id of a <c>user_change</c> or <c>user_profile_changed</c> event (its <c>user</c> is an object, or, defensively, an id).</summary>
    private static string? UserOfChange(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("event", out var @event) || StringOf(@event, "type") is not ("user_change" or "user_profile_changed")
            || !@event.TryGetProperty("user", out var user))
        {
            return null;
        }

        var id = user.ValueKind == JsonValueKind.String ? user.GetString() : StringOf(user, "id");
        return string.IsNullOrEmpty(id) ? null : id;
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Slack events (POST /slack/events) are off: set Providers:Slack:SigningSecret to receive them")]
    private static partial void LogDisabled(ILogger logger);
}
