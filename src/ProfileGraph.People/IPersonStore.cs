namespace ProfileGraph.People;

/// <summary>
/// Where people live: linked accounts with why and when they were linked, and the evidence observed on fetched
/// profiles. Every call is one transaction; writers are serialized, so concurrent links never lose one another.
/// SQLite (<see cref="Sqlite.SqlitePersonStore"/>) and PostgreSQL (<see cref="Postgres.PostgresPersonStore"/>) implement it.
/// </summary>
public interface IPersonStore
{
    PersonStoreStatistics Statistics { get; }

    /// <summary>Creates the tables, or brings them to the current version.</summary>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>The person of each account that has one, in one query.</summary>
    Task<IReadOnlyDictionary<AccountKey, PersonRecord>> FindByAccountsAsync(IReadOnlyCollection<AccountKey> accounts, CancellationToken cancellationToken = default);

    /// <summary>The people with these ids, in one query; an id that names no person (any more) is absent.</summary>
    Task<IReadOnlyDictionary<string, PersonRecord>> FindByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records what profiles say and links accounts on strong evidence: the same phone number, or the same e-mail
    /// address verified by both providers. Accounts a client unlinked are never linked automatically again.
    /// </summary>
    Task ObserveAsync(IReadOnlyCollection<AccountObservation> observations, CancellationToken cancellationToken = default);

    /// <summary>
    /// Links the accounts into one person (a new one, or the one some of them belong to); idempotent.
    /// Throws <see cref="PersonLinkConflictException"/> when they belong to different people.
    /// </summary>
    Task<PersonRecord> LinkAsync(IReadOnlyCollection<AccountKey> accounts, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the account out of its person (a person left with one account is dissolved) and keeps it out of automatic
    /// links; idempotent. Returns the id of the person it was taken from; null when it had none.
    /// </summary>
    Task<string?> UnlinkAsync(AccountKey account, CancellationToken cancellationToken = default);

    /// <summary>
    /// The observed accounts of these accounts and those that might be the same people: the same family name or the
    /// same e-mail address. At most <paramref name="limit"/> rows.
    /// </summary>
    Task<IReadOnlyList<ObservedAccount>> FindSimilarAsync(IReadOnlyCollection<AccountKey> accounts, int limit, CancellationToken cancellationToken = default);
}
