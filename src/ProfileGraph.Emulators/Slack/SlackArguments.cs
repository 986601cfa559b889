namespace ProfileGraph.Emulators.Slack;

/// <summary>A Slack call's arguments as read from the query or form body, or the error that stopped reading them.</summary>
internal sealed class SlackArguments
{
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>Warning codes, in the order they arose.</summary>
    public List<string> Warnings { get; } = [];

    public string? Error { get; set; }

    /// <summary>From <c>Authorization: Bearer</c>, else from a POST <c>token</c> argument.</summary>
    public string? Token { get; set; }

    public string? Get(string name) => Values.GetValueOrDefault(name);

    /// <summary>Slack's booleans: "true" or "1".</summary>
    public bool GetFlag(string name) => Get(name) is "true" or "1";
}
