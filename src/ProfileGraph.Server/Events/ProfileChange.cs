using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Events;

/// <summary>A user's profile changed at its provider, as <paramref name="Source"/> learnt it.</summary>
public sealed record ProfileChange(UserRef User, DateTimeOffset At, string Source);
