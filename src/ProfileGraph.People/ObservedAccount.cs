namespace ProfileGraph.People;

/// <summary>An account as the store last observed it: its normalized name and the hash of its e-mail address.</summary>
public sealed record ObservedAccount(AccountKey Account, string? NameKey, string? EmailHash, bool EmailVerified);
