namespace ProfileGraph.People;

/// <summary>An account of a person: why it was linked, and when.</summary>
public sealed record PersonAccount(AccountKey Account, LinkReason Reason, DateTimeOffset LinkedAt);
