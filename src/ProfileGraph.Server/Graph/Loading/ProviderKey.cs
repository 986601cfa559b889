using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Graph.Loading;

/// <summary>A DataLoader key: one user of one provider, and the calls the request needs for them.</summary>
public readonly record struct ProviderKey(string Id, DataNeeds Needs);
