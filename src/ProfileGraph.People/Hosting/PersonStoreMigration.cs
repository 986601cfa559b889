using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ProfileGraph.People.Hosting;

/// <summary>Creates or migrates the store's tables at start-up; a store that cannot be reached stops the service with why.</summary>
internal sealed partial class PersonStoreMigration(IPersonStore store, ILogger<PersonStoreMigration> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
        LogReady(logger, store switch
        {
            Sqlite.SqlitePersonStore sqlite => "SQLite at " + sqlite.Path,
            _ => "PostgreSQL",
        });
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "People are stored in {Store}")]
    private static partial void LogReady(ILogger logger, string store);
}
