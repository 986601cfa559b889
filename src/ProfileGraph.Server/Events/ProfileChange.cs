using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Events;

/// <summary>
/// A user's profile changed at its provider: what is cached of it is gone, and the next read is fresh.
/// <paramref name="Source"/> says where the news came from ("slack-events").
/// </summary>
public sealed record ProfileChange(UserRef User, DateTimeOffset At, string Source);
