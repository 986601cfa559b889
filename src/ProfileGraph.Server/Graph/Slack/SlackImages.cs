using ProfileGraph.Providers.Slack;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Graph.Slack;

/// <summary>The <c>SlackImages</c> type.</summary>
public sealed class SlackImages(SlackProfile profile)
{
    public string? Image24 => profile.Image24.NullIfEmpty();

    public string? Image32 => profile.Image32.NullIfEmpty();

    public string? Image48 => profile.Image48.NullIfEmpty();

    public string? Image72 => profile.Image72.NullIfEmpty();

    public string? Image192 => profile.Image192.NullIfEmpty();

    public string? Image512 => profile.Image512.NullIfEmpty();

    public string? Original => profile.ImageOriginal.NullIfEmpty();
}
