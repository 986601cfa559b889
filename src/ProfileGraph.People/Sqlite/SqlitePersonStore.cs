using System.Data.Common;
using Microsoft.Data.Sqlite;
using ProfileGraph.People.Sql;

namespace ProfileGraph.People.Sqlite;

/// <summary>
/// The store in one SQLite file (created with its folder on first use): zero configuration for one instance. WAL
/// journaling lets reads go on while one writer holds <c>BEGIN IMMEDIATE</c>; writers of this process queue on a
/// semaphore rather than spin on SQLite's busy lock.
/// </summary>
public sealed class SqlitePersonStore : SqlPersonStore, IDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writer = new(1, 1);

    public SqlitePersonStore(string path, TimeProvider? time = null)
        : base(time)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    public override async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using (var connection = await OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            // The journal mode is the file's, set once outside any transaction.
            await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL", [], cancellationToken).ConfigureAwait(false);
        }

        await base.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _writer.Dispose();
        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    protected override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        // Microsoft.Data.Sqlite begins IMMEDIATE unless asked for a deferred transaction: the write lock is taken now.
        await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

    protected override async Task<IDisposable?> EnterWriterQueueAsync(CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(_writer);
    }

    private sealed class Releaser(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
