using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ProfileGraph.People.Postgres;
using ProfileGraph.People.Sqlite;

namespace ProfileGraph.People.Hosting;

/// <summary>
/// The person store: PostgreSQL when <c>ConnectionStrings:Postgres</c> is set (replicas share it), else a SQLite file
/// under the content root (<c>People:SqlitePath</c>, <c>App_Data/people.db</c> by default); its tables are created or
/// migrated at start-up.
/// </summary>
public static class PeopleServiceCollectionExtensions
{
    public static IServiceCollection AddPersonStore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration.GetConnectionString("Postgres") is { Length: > 0 } postgres)
        {
            services.AddSingleton(_ => NpgsqlDataSource.Create(postgres));
            services.AddSingleton<IPersonStore>(provider => new PostgresPersonStore(provider.GetRequiredService<NpgsqlDataSource>(), provider.GetService<TimeProvider>()));
        }
        else
        {
            var options = new PersonStoreOptions();
            configuration.GetSection(PersonStoreOptions.Section).Bind(options);
            var path = Path.IsPathRooted(options.SqlitePath) ? options.SqlitePath : Path.Combine(contentRoot, options.SqlitePath);
            services.AddSingleton<IPersonStore>(provider => new SqlitePersonStore(path, provider.GetService<TimeProvider>()));
        }

        services.AddHostedService<PersonStoreMigration>();
        return services;
    }
}
