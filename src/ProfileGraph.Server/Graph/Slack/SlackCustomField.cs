namespace ProfileGraph.Server.Graph.Slack;

/// <summary>The <c>SlackCustomField</c> type.</summary>
public sealed record SlackCustomField(string Id, string Value, string? Alt, string? Label);
