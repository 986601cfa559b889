using ProfileGraph.People.Evidence;

namespace ProfileGraph.People.Suggestions;

/// <summary>
/// Scores the accounts that might be a person's from the best Jaro-Winkler similarity of their names (n, 0 to 1): 0.9 × n,
/// or 0.8 + 0.2 × n when an e-mail address matches where a provider did not verify it (a business profile's address
/// says more than a shared name, but is no proof). Suggestions below <see cref="Threshold"/> are dropped, the rest come
/// best first. Only observed accounts are scored: suggestions cost no provider call.
/// </summary>
public static class SuggestionScoring
{
    public const double Threshold = 0.75;

    /// <summary>A name this similar counts as <see cref="SuggestionReason.SimilarName"/>.</summary>
    public const double SimilarName = 0.85;

    public static IReadOnlyList<PersonSuggestion> Suggest(IReadOnlyCollection<AccountKey> person, IReadOnlyList<ObservedAccount> observed, int first)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(observed);
        var own = observed.Where(account => person.Contains(account.Account)).ToList();
        if (own.Count == 0 || first <= 0)
        {
            return [];
        }

        var suggestions = new List<PersonSuggestion>();
        foreach (var candidate in observed.Where(account => !person.Contains(account.Account)).DistinctBy(account => account.Account))
        {
            var name = own.Where(account => account.NameKey is not null && candidate.NameKey is not null)
                .Select(account => PersonNames.Similarity(account.NameKey!, candidate.NameKey!))
                .DefaultIfEmpty(0)
                .Max();
            var email = candidate.EmailHash is not null && own.Any(account => account.EmailHash == candidate.EmailHash && !(account.EmailVerified && candidate.EmailVerified));
            var score = Math.Round(email ? 0.8 + (0.2 * name) : 0.9 * name, 3);
            if (score < Threshold)
            {
                continue;
            }

            List<SuggestionReason> reasons = [];
            if (name >= SimilarName)
            {
                reasons.Add(SuggestionReason.SimilarName);
            }

            if (email)
            {
                reasons.Add(SuggestionReason.SameUnverifiedEmail);
            }

            suggestions.Add(new PersonSuggestion(candidate.Account, score, reasons));
        }

        return [.. suggestions.OrderByDescending(suggestion => suggestion.Score).ThenBy(suggestion => suggestion.Account.ToString(), StringComparer.Ordinal).Take(first)];
    }
}
