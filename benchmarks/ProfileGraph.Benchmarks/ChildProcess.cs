using System.Diagnostics;

namespace ProfileGraph.Benchmarks;

/// <summary>The programs a suite runs beside itself: a build of a project it loads, a Node load script.</summary>
internal static class ChildProcess
{
    /// <summary>Builds <paramref name="project"/> (a path under the repository) in Release, or stops the suite.</summary>
    public static void BuildRelease(params string[] project)
    {
        var path = Path.Combine([Repository.Root, .. project]);
        var exitCode = Run("dotnet", ["build", path, "-c", "Release", "-nologo", "-clp:ErrorsOnly"], out _);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"building {path} failed with exit code {exitCode}");
        }
    }

    /// <summary>Runs a program to its end; its standard output is echoed and returned.</summary>
    public static int Run(string fileName, IEnumerable<string> arguments, out string output)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start");
        output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Console.Write(output);
        return process.ExitCode;
    }
}
