using ProfileGraph.Providers;

namespace ProfileGraph.Server.Graph.Users;

/// <summary>The <c>UserRef</c> input, and the identity of every <c>User</c>: a provider and the provider's own id.</summary>
public sealed record UserRef(Provider Provider, string Id);
