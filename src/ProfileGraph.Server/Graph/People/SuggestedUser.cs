using ProfileGraph.People.Suggestions;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Graph.People;

/// <summary>The <c>PersonSuggestion</c> type's parent (its user is loaded by <see cref="PersonLinkResolvers"/>).</summary>
public sealed record SuggestedUser(UserRef UserRef, double Score, IReadOnlyList<SuggestionReason> Reasons);
