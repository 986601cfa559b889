namespace ProfileGraph.People;

/// <summary>
/// What a fetched profile says that can tie its account to others: the name (for suggestions only), the phone number,
/// and the e-mail address with whether its provider verified it. Raw values: the store keeps only normalized keys and
/// hashes of them.
/// </summary>
public sealed record AccountObservation(AccountKey Account, string? Name, string? Phone, string? Email, bool EmailVerified);
