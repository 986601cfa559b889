namespace ProfileGraph.Benchmarks;

/// <summary>Finds files of the repository from wherever BenchmarkDotNet runs its generated host.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string DocumentPath(string name) => Path.Combine(Root, "benchmarks", "ProfileGraph.Benchmarks", "Documents", name);

    private static string FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "ProfileGraph.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the ProfileGraph repository.");
    }
}
