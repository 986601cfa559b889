using System.Runtime.CompilerServices;
using Npgsql;
using ProfileGraph.People.Postgres;
using ProfileGraph.Testing;

namespace ProfileGraph.People.Tests.Store;

/// <summary>The store contract on a real PostgreSQL server, a new database per test.</summary>
public sealed class PostgresPersonStoreTests(PostgresFixture postgres) : PersonStoreContract, IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private readonly List<NpgsqlDataSource> _sources = [];
    private readonly ConditionalWeakTable<IPersonStore, string> _databases = [];

    [Fact]
    public async Task A_store_newer_than_the_service_is_refused()
    {
        var store = await CreateStoreAsync();
        _databases.TryGetValue(store, out var database);
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("UPDATE person_schema_version SET version = 99", connection);
            await command.ExecuteNonQueryAsync();
        }

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => SecondStore(store).MigrateAsync());
        Assert.Contains("version 99", refused.Message, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var source in _sources)
        {
            await source.DisposeAsync();
        }
    }

    protected override async Task<IPersonStore> CreateStoreAsync()
    {
        var database = await postgres.Server.CreateDatabaseAsync();
        var store = Store(database);
        await store.MigrateAsync();
        return store;
    }

    protected override IPersonStore SecondStore(IPersonStore store)
    {
        _databases.TryGetValue(store, out var database);
        return Store(database!);
    }

    private PostgresPersonStore Store(string database)
    {
        var source = NpgsqlDataSource.Create(database);
        _sources.Add(source);
        var store = new PostgresPersonStore(source);
        _databases.Add(store, database);
        return store;
    }
}
