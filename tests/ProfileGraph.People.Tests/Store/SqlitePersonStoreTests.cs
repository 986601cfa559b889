using ProfileGraph.People.Sqlite;

namespace ProfileGraph.People.Tests.Store;

/// <summary>The store contract on a SQLite file in a temporary directory.</summary>
public sealed class SqlitePersonStoreTests : PersonStoreContract, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("profilegraph-people-").FullName;
    private readonly List<SqlitePersonStore> _stores = [];

    [Fact]
    public async Task The_file_and_its_folder_are_created_on_first_start()
    {
        var store = Track(new SqlitePersonStore(Path.Combine(_directory, "App_Data", "nested", "people.db")));
        await store.MigrateAsync();
        Assert.True(File.Exists(store.Path));
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        Directory.Delete(_directory, recursive: true);
    }

    protected override async Task<IPersonStore> CreateStoreAsync()
    {
        var store = Track(new SqlitePersonStore(Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".db")));
        await store.MigrateAsync();
        return store;
    }

    protected override IPersonStore SecondStore(IPersonStore store) => Track(new SqlitePersonStore(((SqlitePersonStore)store).Path));

    private SqlitePersonStore Track(SqlitePersonStore store)
    {
        _stores.Add(store);
        return store;
    }
}
