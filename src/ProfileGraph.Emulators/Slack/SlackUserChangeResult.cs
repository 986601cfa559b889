using System.Text.Json.Serialization;

namespace ProfileGraph.Emulators.Slack;

/// <summary>What the admin API answers to a user change: the user as it is now, and the event sent, if any.</summary>
public sealed record SlackUserChangeResult(
    [property: JsonPropertyName("user")] SlackUser User,
    [property: JsonPropertyName("event"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] SlackEventDelivery? Event);
