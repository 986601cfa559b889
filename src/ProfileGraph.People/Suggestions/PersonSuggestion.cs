namespace ProfileGraph.People.Suggestions;

/// <summary>An account that might belong to the person, with a score from 0 to 1 and why.</summary>
public sealed record PersonSuggestion(AccountKey Account, double Score, IReadOnlyList<SuggestionReason> Reasons);
