using System.Data.Common;
using Npgsql;
using ProfileGraph.People.Sql;

namespace ProfileGraph.People.Postgres;

/// <summary>
/// The store in PostgreSQL (<c>ConnectionStrings:Postgres</c>), which replicas share. Writers take one transaction-scoped
/// advisory lock, so links made on different replicas at once are applied one after the other; reads take none.
/// </summary>
public sealed class PostgresPersonStore(NpgsqlDataSource dataSource, TimeProvider? time = null) : SqlPersonStore(time)
{
    /// <summary>The advisory lock's key: "PGPE" (ProfileGraph people) in ASCII.</summary>
    private const long WriteLock = 0x5047_5045;

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    protected override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(@p0)", [WriteLock], cancellationToken).ConfigureAwait(false);
        return transaction;
    }
}
