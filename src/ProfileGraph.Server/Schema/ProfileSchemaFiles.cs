using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.Server.Schema;

/// <summary>The SDL files of <c>schema/</c>, copied beside the build, and a builder over them.</summary>
public static class ProfileSchemaFiles
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "schema");

    /// <summary>The SDL files in name order, so the printed schema does not depend on the file system's order.</summary>
    public static IReadOnlyList<string> Paths() =>
        [.. System.IO.Directory.GetFiles(Directory, "*.graphql").Order(StringComparer.Ordinal)];

    /// <summary>A builder holding the contract's types and scalars; resolvers are bound by the caller.</summary>
    public static SchemaBuilder CreateBuilder()
    {
        var builder = new SchemaBuilder().AddScalar(Scalars.DateTime).AddScalar(Scalars.Url);
        foreach (var path in Paths())
        {
            builder.AddDocument(File.ReadAllText(path));
        }

        return builder;
    }
}
