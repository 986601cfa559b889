using System.Data.Common;
using System.Globalization;
using System.Text;
using ProfileGraph.People.Evidence;

namespace ProfileGraph.People.Sql;

/// <summary>
/// The store in the SQL that SQLite and PostgreSQL share; a subclass opens connections and begins write transactions
/// that exclude one another (SQLite's <c>BEGIN IMMEDIATE</c>, a PostgreSQL advisory lock), so writers never interleave.
/// </summary>
public abstract class SqlPersonStore(TimeProvider? time) : IPersonStore
{
    /// <summary>Accounts or hashes per <c>IN</c> list: far below either database's parameter limit.</summary>
    private const int Chunk = 400;

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public PersonStoreStatistics Statistics { get; } = new();

    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>A transaction that holds the store's write lock until it ends.</summary>
    protected abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Where this process's writers queue before they ask the database for its write lock; null when they need not.</summary>
    protected virtual Task<IDisposable?> EnterWriterQueueAsync(CancellationToken cancellationToken) => Task.FromResult<IDisposable?>(null);

    /// <summary>Runs <paramref name="work"/> in a write transaction and commits it; a failure rolls it all back.</summary>
    private async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        using var queue = await EnterWriterQueueAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var result = await work(connection, transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    public virtual Task MigrateAsync(CancellationToken cancellationToken = default) => WriteAsync(async (connection, transaction) =>
    {
        await ExecuteAsync(connection, transaction, PersonSchema.CreateVersionTable, [], cancellationToken).ConfigureAwait(false);
        var stored = await ScalarAsync(connection, transaction, "SELECT MAX(version) FROM person_schema_version", [], cancellationToken).ConfigureAwait(false);
        var version = stored is null or DBNull ? 0 : Convert.ToInt32(stored, CultureInfo.InvariantCulture);
        if (version > PersonSchema.Migrations.Count)
        {
            throw new InvalidOperationException($"The person store is at schema version {version}, newer than this service's {PersonSchema.Migrations.Count}: run the newer service, or restore the store.");
        }

        for (var next = version; next < PersonSchema.Migrations.Count; next++)
        {
            await ExecuteAsync(connection, transaction, PersonSchema.Migrations[next], [], cancellationToken).ConfigureAwait(false);
        }

        if (version < PersonSchema.Migrations.Count)
        {
            await ExecuteAsync(connection, transaction, "DELETE FROM person_schema_version", [], cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, "INSERT INTO person_schema_version (version) VALUES (@p0)", [PersonSchema.Migrations.Count], cancellationToken).ConfigureAwait(false);
        }

        return true;
    }, cancellationToken);

    public async Task<IReadOnlyDictionary<AccountKey, PersonRecord>> FindByAccountsAsync(IReadOnlyCollection<AccountKey> accounts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var found = new Dictionary<AccountKey, PersonRecord>();
        if (accounts.Count == 0)
        {
            return found;
        }

        Statistics.Call();
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in accounts.Distinct().Chunk(Chunk))
        {
            var people = await PeopleOfAccountsAsync(connection, null, chunk, cancellationToken).ConfigureAwait(false);
            foreach (var person in people.Values)
            {
                foreach (var account in person.Accounts)
                {
                    if (chunk.Contains(account.Account))
                    {
                        found[account.Account] = person;
                    }
                }
            }
        }

        return found;
    }

    public async Task<IReadOnlyDictionary<string, PersonRecord>> FindByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = new Dictionary<string, PersonRecord>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return found;
        }

        Statistics.Call();
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
            foreach (var (id, person) in await PeopleByIdsAsync(connection, null, chunk, cancellationToken).ConfigureAwait(false))
            {
                found[id] = person;
            }
        }

        return found;
    }

    public async Task ObserveAsync(IReadOnlyCollection<AccountObservation> observations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var rows = observations.DistinctBy(observation => observation.Account).Select(Evidence.Of).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        Statistics.Call();
        var now = UnixMicroseconds(_time.GetUtcNow());
        await WriteAsync(async (connection, transaction) =>
        {
            foreach (var chunk in rows.Chunk(Chunk / 8))
            {
                var arguments = new List<object?>();
                var values = string.Join(", ", chunk.Select(row =>
                    $"({Add(arguments, row.Account.ToString())}, {Add(arguments, row.NameKey)}, {Add(arguments, row.FamilyKey)}, {Add(arguments, row.PhoneHash)}, {Add(arguments, row.EmailHash)}, {Add(arguments, row.EmailVerified ? 1 : 0)}, 0, {Add(arguments, now)})"));
                await ExecuteAsync(
                    connection,
                    transaction,
                    "INSERT INTO observed_account (account, name_key, family_key, phone_hash, email_hash, email_verified, opted_out, observed_at) VALUES " + values
                    + " ON CONFLICT (account) DO UPDATE SET name_key = excluded.name_key, family_key = excluded.family_key, phone_hash = excluded.phone_hash,"
                    + " email_hash = excluded.email_hash, email_verified = excluded.email_verified, observed_at = excluded.observed_at",
                    arguments,
                    cancellationToken).ConfigureAwait(false);
            }

            var groups = await EvidenceGroupsAsync(connection, transaction, rows, cancellationToken).ConfigureAwait(false);
            if (groups.Count > 0)
            {
                var members = groups.SelectMany(group => group.Keys).ToList();
                var current = await PersonIdsAsync(connection, transaction, members, cancellationToken).ConfigureAwait(false);
                foreach (var group in groups)
                {
                    await JoinAsync(connection, transaction, group, current, now, cancellationToken).ConfigureAwait(false);
                }
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<PersonRecord> LinkAsync(IReadOnlyCollection<AccountKey> accounts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var keys = accounts.Distinct().ToList();
        if (keys.Count < 2)
        {
            throw new ArgumentException("A person links two accounts or more.", nameof(accounts));
        }

        Statistics.Call();
        var now = UnixMicroseconds(_time.GetUtcNow());
        return await WriteAsync(async (connection, transaction) =>
        {
            var current = await PersonIdsAsync(connection, transaction, keys, cancellationToken).ConfigureAwait(false);
            if (current.Values.Select(person => person.Id).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                throw new PersonLinkConflictException(current.ToDictionary(pair => pair.Key, pair => pair.Value.Id));
            }

            var target = await JoinAsync(connection, transaction, keys.ToDictionary(key => key, _ => LinkReason.Manual), current, now, cancellationToken).ConfigureAwait(false);
            var arguments = new List<object?>();
            await ExecuteAsync(connection, transaction, $"UPDATE observed_account SET opted_out = 0 WHERE account IN {In(arguments, keys)}", arguments, cancellationToken).ConfigureAwait(false);
            return (await PeopleByIdsAsync(connection, transaction, [target], cancellationToken).ConfigureAwait(false))[target];
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string?> UnlinkAsync(AccountKey account, CancellationToken cancellationToken = default)
    {
        Statistics.Call();
        var now = UnixMicroseconds(_time.GetUtcNow());
        var key = account.ToString();
        return await WriteAsync(async (connection, transaction) =>
        {
            var personId = await ScalarAsync(connection, transaction, "SELECT person_id FROM person_account WHERE account = @p0", [key], cancellationToken).ConfigureAwait(false) as string;
            await ExecuteAsync(
                connection,
                transaction,
                "INSERT INTO observed_account (account, email_verified, opted_out, observed_at) VALUES (@p0, 0, 1, @p1) ON CONFLICT (account) DO UPDATE SET opted_out = 1",
                [key, now],
                cancellationToken).ConfigureAwait(false);
            if (personId is not null)
            {
                await ExecuteAsync(connection, transaction, "DELETE FROM person_account WHERE account = @p0", [key], cancellationToken).ConfigureAwait(false);
                var remaining = Convert.ToInt64(await ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM person_account WHERE person_id = @p0", [personId], cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
                if (remaining < 2)
                {
                    // One account is no link: the person is dissolved.
                    await ExecuteAsync(connection, transaction, "DELETE FROM person_account WHERE person_id = @p0", [personId], cancellationToken).ConfigureAwait(false);
                    await ExecuteAsync(connection, transaction, "DELETE FROM person WHERE id = @p0", [personId], cancellationToken).ConfigureAwait(false);
                }
            }

            return personId;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ObservedAccount>> FindSimilarAsync(IReadOnlyCollection<AccountKey> accounts, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        if (accounts.Count == 0 || limit <= 0)
        {
            return [];
        }

        Statistics.Call();
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var arguments = new List<object?>();
        var own = In(arguments, accounts.Distinct().Take(Chunk));
        var top = Add(arguments, limit);

        // The accounts' own rows first, so the limit never drops them.
        var sql = $"""
            SELECT o.account, o.name_key, o.email_hash, o.email_verified FROM observed_account o
            WHERE o.account IN {own}
               OR o.family_key IN (SELECT s.family_key FROM observed_account s WHERE s.account IN {own} AND s.family_key IS NOT NULL)
               OR o.email_hash IN (SELECT s.email_hash FROM observed_account s WHERE s.account IN {own} AND s.email_hash IS NOT NULL)
            ORDER BY CASE WHEN o.account IN {own} THEN 0 ELSE 1 END, o.account
            LIMIT {top}
            """;
        var found = new List<ObservedAccount>();
        await using var reader = await ReadAsync(connection, null, sql, arguments, cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found.Add(new ObservedAccount(
                AccountKey.Parse(reader.GetString(0)),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                Convert.ToInt64(reader.GetValue(3), CultureInfo.InvariantCulture) == 1));
        }

        return found;
    }

    /// <summary>
    /// Groups of accounts the evidence of <paramref name="rows"/> ties together (with observed accounts that share a
    /// phone hash, or a verified e-mail hash), each account with the reason it joins by. Opted-out accounts take no part.
    /// </summary>
    private async Task<List<Dictionary<AccountKey, LinkReason>>> EvidenceGroupsAsync(DbConnection connection, DbTransaction transaction, List<Evidence> rows, CancellationToken cancellationToken)
    {
        var phones = rows.Select(row => row.PhoneHash).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var emails = rows.Where(row => row.EmailVerified).Select(row => row.EmailHash).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (phones.Count == 0 && emails.Count == 0)
        {
            return [];
        }

        var byHash = new Dictionary<string, List<(AccountKey Account, LinkReason Reason)>>(StringComparer.Ordinal);
        foreach (var (phoneChunk, emailChunk) in Pairs(phones, emails))
        {
            var arguments = new List<object?>();
            var sql = "SELECT account, phone_hash, email_hash, email_verified FROM observed_account WHERE opted_out = 0 AND ("
                + (phoneChunk.Length > 0 ? $"phone_hash IN {In(arguments, phoneChunk)}" : "1 = 0")
                + (emailChunk.Length > 0 ? $" OR (email_verified = 1 AND email_hash IN {In(arguments, emailChunk)})" : "")
                + ")";
            await using var reader = await ReadAsync(connection, transaction, sql, arguments, cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var account = AccountKey.Parse(reader.GetString(0));
                if (!reader.IsDBNull(1) && phones.Contains(reader.GetString(1)))
                {
                    Collect(byHash, "phone:" + reader.GetString(1), account, LinkReason.SamePhone);
                }

                if (!reader.IsDBNull(2) && Convert.ToInt64(reader.GetValue(3), CultureInfo.InvariantCulture) == 1 && emails.Contains(reader.GetString(2)))
                {
                    Collect(byHash, "email:" + reader.GetString(2), account, LinkReason.SameEmail);
                }
            }
        }

        // Accounts that share any hash are one group (union-find); a phone outranks an e-mail as an account's reason.
        var parent = new Dictionary<AccountKey, AccountKey>();
        AccountKey Root(AccountKey key)
        {
            while (parent.TryGetValue(key, out var up) && up != key)
            {
                key = up;
            }

            return key;
        }

        var reasons = new Dictionary<AccountKey, LinkReason>();
        foreach (var sharing in byHash.Values.Where(sharing => sharing.Count > 1))
        {
            foreach (var (account, reason) in sharing)
            {
                parent.TryAdd(account, account);
                reasons[account] = reasons.TryGetValue(account, out var known) && known == LinkReason.SamePhone ? known : reason;
                parent[Root(account)] = Root(sharing[0].Account);
            }
        }

        return [.. parent.Keys.GroupBy(Root).Select(group => group.ToDictionary(account => account, account => reasons[account]))];
    }

    /// <summary>
    /// Puts every account of <paramref name="group"/> in one person: the oldest of the people they belong to (the
    /// others merge into it), or a new one. Accounts new to it are linked with their reason, now. Returns its id.
    /// </summary>
    private async Task<string> JoinAsync(
        DbConnection connection,
        DbTransaction transaction,
        Dictionary<AccountKey, LinkReason> group,
        Dictionary<AccountKey, (string Id, long CreatedAt)> current,
        long now,
        CancellationToken cancellationToken)
    {
        var people = group.Keys.Where(current.ContainsKey).Select(account => current[account]).Distinct()
            .OrderBy(person => person.CreatedAt).ThenBy(person => person.Id, StringComparer.Ordinal).ToList();
        var target = people.Count > 0 ? people[0] : (Id: Guid.CreateVersion7().ToString("N"), CreatedAt: now);
        if (people.Count == 0)
        {
            await ExecuteAsync(connection, transaction, "INSERT INTO person (id, created_at) VALUES (@p0, @p1)", [target.Id, now], cancellationToken).ConfigureAwait(false);
        }

        var merged = people.Skip(1).Select(person => person.Id).ToList();
        if (merged.Count > 0)
        {
            var arguments = new List<object?> { target.Id };
            var ids = In(arguments, merged);
            await ExecuteAsync(connection, transaction, $"UPDATE person_account SET person_id = @p0 WHERE person_id IN {ids}", arguments, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, $"DELETE FROM person WHERE id IN {ids}", arguments, cancellationToken).ConfigureAwait(false);
            foreach (var (account, person) in current.ToList())
            {
                if (merged.Contains(person.Id))
                {
                    current[account] = target;
                }
            }
        }

        var joining = group.Where(pair => !current.ContainsKey(pair.Key)).ToList();
        if (joining.Count > 0)
        {
            // A microsecond apart, so accounts linked by one call keep the order they were given in.
            var arguments = new List<object?> { target.Id };
            var values = string.Join(", ", joining.Select((pair, index) => $"({Add(arguments, pair.Key.ToString())}, @p0, {Add(arguments, ReasonText(pair.Value))}, {Add(arguments, now + index)})"));
            await ExecuteAsync(connection, transaction, "INSERT INTO person_account (account, person_id, reason, linked_at) VALUES " + values, arguments, cancellationToken).ConfigureAwait(false);
            foreach (var (account, _) in joining)
            {
                current[account] = target;
            }
        }

        return target.Id;
    }

    private async Task<Dictionary<AccountKey, (string Id, long CreatedAt)>> PersonIdsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<AccountKey> accounts, CancellationToken cancellationToken)
    {
        var found = new Dictionary<AccountKey, (string, long)>();
        foreach (var chunk in accounts.Chunk(Chunk))
        {
            var arguments = new List<object?>();
            var sql = $"SELECT a.account, a.person_id, p.created_at FROM person_account a JOIN person p ON p.id = a.person_id WHERE a.account IN {In(arguments, chunk)}";
            await using var reader = await ReadAsync(connection, transaction, sql, arguments, cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                found[AccountKey.Parse(reader.GetString(0))] = (reader.GetString(1), Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture));
            }
        }

        return found;
    }

    private Task<Dictionary<string, PersonRecord>> PeopleOfAccountsAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<AccountKey> accounts, CancellationToken cancellationToken)
    {
        var arguments = new List<object?>();
        var sql = "SELECT m.person_id, p.created_at, m.account, m.reason, m.linked_at FROM person_account a"
            + " JOIN person_account m ON m.person_id = a.person_id JOIN person p ON p.id = a.person_id"
            + $" WHERE a.account IN {In(arguments, accounts)} ORDER BY m.person_id, m.linked_at, m.account";
        return ReadPeopleAsync(connection, transaction, sql, arguments, cancellationToken);
    }

    private Task<Dictionary<string, PersonRecord>> PeopleByIdsAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var arguments = new List<object?>();
        var sql = "SELECT m.person_id, p.created_at, m.account, m.reason, m.linked_at FROM person p JOIN person_account m ON m.person_id = p.id"
            + $" WHERE p.id IN {In(arguments, ids)} ORDER BY m.person_id, m.linked_at, m.account";
        return ReadPeopleAsync(connection, transaction, sql, arguments, cancellationToken);
    }

    /// <summary>People from rows of (person id, created at, account, reason, linked at), each account once.</summary>
    private async Task<Dictionary<string, PersonRecord>> ReadPeopleAsync(DbConnection connection, DbTransaction? transaction, string sql, List<object?> arguments, CancellationToken cancellationToken)
    {
        var people = new Dictionary<string, (long CreatedAt, List<PersonAccount> Accounts)>(StringComparer.Ordinal);
        await using (var reader = await ReadAsync(connection, transaction, sql, arguments, cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var id = reader.GetString(0);
                if (!people.TryGetValue(id, out var person))
                {
                    people[id] = person = (Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture), []);
                }

                var account = AccountKey.Parse(reader.GetString(2));
                if (person.Accounts.Count == 0 || person.Accounts.TrueForAll(known => known.Account != account))
                {
                    person.Accounts.Add(new PersonAccount(
                        account,
                        ParseReason(reader.GetString(3)),
                        FromUnixMicroseconds(Convert.ToInt64(reader.GetValue(4), CultureInfo.InvariantCulture))));
                }
            }
        }

        return people.ToDictionary(
            pair => pair.Key,
            pair => new PersonRecord(pair.Key, FromUnixMicroseconds(pair.Value.CreatedAt), pair.Value.Accounts),
            StringComparer.Ordinal);
    }

    protected async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, IReadOnlyList<object?> arguments, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql, arguments);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, IReadOnlyList<object?> arguments, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql, arguments);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<DbDataReader> ReadAsync(DbConnection connection, DbTransaction? transaction, string sql, IReadOnlyList<object?> arguments, CancellationToken cancellationToken)
    {
        // The reader owns the command's lifetime from here: disposing the reader is enough for both providers.
        var command = Command(connection, transaction, sql, arguments);
        return await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
    }

    private DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, IReadOnlyList<object?> arguments)
    {
        Statistics.Command();
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Values are always parameters; the text holds only parameter names.
        command.CommandText = sql;
#pragma warning restore CA2100
        for (var i = 0; i < arguments.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
            parameter.Value = arguments[i] ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static string Add(List<object?> arguments, object? value)
    {
        arguments.Add(value);
        return "@p" + (arguments.Count - 1).ToString(CultureInfo.InvariantCulture);
    }

    private static string In<T>(List<object?> arguments, IEnumerable<T> values)
    {
        var list = new StringBuilder("(");
        foreach (var value in values)
        {
            list.Append(list.Length > 1 ? ", " : "").Append(Add(arguments, value?.ToString()));
        }

        return list.Append(')').ToString();
    }

    private static IEnumerable<(string[] Phones, string[] Emails)> Pairs(HashSet<string> phones, HashSet<string> emails)
    {
        var phoneChunks = phones.Chunk(Chunk).ToList();
        var emailChunks = emails.Chunk(Chunk).ToList();
        for (var i = 0; i < Math.Max(phoneChunks.Count, emailChunks.Count); i++)
        {
            yield return (i < phoneChunks.Count ? phoneChunks[i] : [], i < emailChunks.Count ? emailChunks[i] : []);
        }
    }

    private static void Collect(Dictionary<string, List<(AccountKey, LinkReason)>> byHash, string hash, AccountKey account, LinkReason reason)
    {
        if (!byHash.TryGetValue(hash, out var sharing))
        {
            byHash[hash] = sharing = [];
        }

        sharing.Add((account, reason));
    }

    // Microseconds, so the older of two people made one after the other is always told apart.
    private static long UnixMicroseconds(DateTimeOffset time) => (time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    private static DateTimeOffset FromUnixMicroseconds(long value) => DateTimeOffset.UnixEpoch.AddTicks(value * 10);

    private static string ReasonText(LinkReason reason) => reason switch
    {
        LinkReason.SamePhone => "SAME_PHONE",
        LinkReason.SameEmail => "SAME_EMAIL",
        _ => "MANUAL",
    };

    private static LinkReason ParseReason(string text) => text switch
    {
        "SAME_PHONE" => LinkReason.SamePhone,
        "SAME_EMAIL" => LinkReason.SameEmail,
        _ => LinkReason.Manual,
    };

    /// <summary>An observation as the store keeps it: normalized keys and hashes.</summary>
    private sealed record Evidence(AccountKey Account, string? NameKey, string? FamilyKey, string? PhoneHash, string? EmailHash, bool EmailVerified)
    {
        public static Evidence Of(AccountObservation observation)
        {
            var name = PersonNames.Key(observation.Name);
            var email = EvidenceHash.OfEmail(observation.Email);
            return new Evidence(observation.Account, name, PersonNames.FamilyKey(name), EvidenceHash.OfPhone(observation.Phone), email, email is not null && observation.EmailVerified);
        }
    }
}
