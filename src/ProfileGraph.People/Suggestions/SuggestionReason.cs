namespace ProfileGraph.People.Suggestions;

/// <summary>What makes an account look like the same person (never enough for a link).</summary>
public enum SuggestionReason
{
    /// <summary>The normalized names are the same or nearly so.</summary>
    SimilarName,

    /// <summary>The same e-mail address, where a provider does not verify it (a WhatsApp business profile's).</summary>
    SameUnverifiedEmail,
}
