using System.Text.Json.Serialization;

namespace ProfileGraph.Server.Events;

/// <summary>What <c>POST /slack/events</c> answers: <c>ok</c>, a <c>challenge</c> echoed, or an <c>error</c> that says why.</summary>
internal sealed record SlackEventsAnswer(
    [property: JsonPropertyName("ok")] bool Ok = false,
    [property: JsonPropertyName("challenge"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Challenge = null,
    [property: JsonPropertyName("error"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error = null);
