using ProfileGraph.People;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Graph.People;

/// <summary>The <c>PersonLink</c> type's parent: an account of a person, why and since when (its user is loaded by <see cref="PersonLinkResolvers"/>).</summary>
public sealed record PersonLink(UserRef AccountRef, LinkReason Reason, DateTimeOffset LinkedAt);
