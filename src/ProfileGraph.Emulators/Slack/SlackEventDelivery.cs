using System.Text.Json.Serialization;

namespace ProfileGraph.Emulators.Slack;

/// <summary>How sending an event went: the request URL's HTTP status, or why there was none.</summary>
public sealed record SlackEventDelivery(
    [property: JsonPropertyName("url")] Uri Url,
    [property: JsonPropertyName("status"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Status,
    [property: JsonPropertyName("error")] string? Error = null);
