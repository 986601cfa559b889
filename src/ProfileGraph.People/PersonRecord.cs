namespace ProfileGraph.People;

/// <summary>A stored person: two or more linked accounts, in the order they were linked.</summary>
public sealed record PersonRecord(string Id, DateTimeOffset CreatedAt, IReadOnlyList<PersonAccount> Accounts);
