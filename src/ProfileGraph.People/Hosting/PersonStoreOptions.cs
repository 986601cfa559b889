namespace ProfileGraph.People.Hosting;

/// <summary>Where people are stored (<c>People:*</c>) when <c>ConnectionStrings:Postgres</c> does not name a PostgreSQL database.</summary>
public sealed class PersonStoreOptions
{
    public const string Section = "People";

    /// <summary>The SQLite file; a relative path is under the content root.</summary>
    public string SqlitePath { get; set; } = Path.Combine("App_Data", "people.db");
}
