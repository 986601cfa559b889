namespace ProfileGraph.People.Sql;

/// <summary>
/// The store's tables, version by version; <c>person_schema_version</c> holds the version applied. Written in the SQL
/// SQLite and PostgreSQL share: text keys (<c>Slack:U0123</c>), 0/1 integers, times in Unix microseconds.
/// </summary>
internal static class PersonSchema
{
    public static readonly IReadOnlyList<string> Migrations =
    [
        // 1: people and their accounts; observed evidence (hashes only) and opt-outs from automatic links.
        """
        CREATE TABLE person (
            id TEXT PRIMARY KEY,
            created_at BIGINT NOT NULL
        );
        CREATE TABLE person_account (
            account TEXT PRIMARY KEY,
            person_id TEXT NOT NULL REFERENCES person (id),
            reason TEXT NOT NULL,
            linked_at BIGINT NOT NULL
        );
        CREATE INDEX person_account_person ON person_account (person_id);
        CREATE TABLE observed_account (
            account TEXT PRIMARY KEY,
            name_key TEXT,
            family_key TEXT,
            phone_hash TEXT,
            email_hash TEXT,
            email_verified INTEGER NOT NULL DEFAULT 0,
            opted_out INTEGER NOT NULL DEFAULT 0,
            observed_at BIGINT NOT NULL
        );
        CREATE INDEX observed_account_phone ON observed_account (phone_hash);
        CREATE INDEX observed_account_email ON observed_account (email_hash);
        CREATE INDEX observed_account_family ON observed_account (family_key);
        """,
    ];

    public const string CreateVersionTable = "CREATE TABLE IF NOT EXISTS person_schema_version (version INTEGER NOT NULL)";
}
