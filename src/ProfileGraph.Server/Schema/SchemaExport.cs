using ProfileGraph.GraphQL.Federation;

namespace ProfileGraph.Server.Schema;

/// <summary>
/// <c>schema export</c>: prints the contract, <c>schema/profile.graphql</c> as the built schema prints it (its
/// <c>@link</c> and <c>@key</c>s included); <c>schema export --federation</c> prints the subgraph SDL that
/// <c>_service { sdl }</c> serves, for composition tools (<c>rover supergraph compose</c>, <c>@apollo/composition</c>).
/// </summary>
public static class SchemaExport
{
    public const string Usage = "usage: ProfileGraph.Server schema export [--federation]";

    /// <summary>Writes the SDL <paramref name="options"/> ask for and returns 0, or the usage and 2.</summary>
    public static int Run(IReadOnlyList<string> options, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (options is not ([] or ["--federation"]))
        {
            error.WriteLine(Usage);
            return 2;
        }

        var subgraph = Subgraph.Of(ProfileSchema.Build())!;
        output.Write(options.Count == 0 ? subgraph.SourceSdl : subgraph.Sdl);
        return 0;
    }
}
