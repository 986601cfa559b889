using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace ProfileGraph.GraphQL.Tests.Snapshots;

/// <summary>
/// Compares text with a snapshot stored in the source tree at <c>__snapshots__/&lt;Class&gt;.&lt;Test&gt;.snap</c> beside
/// the test file. <c>UPDATE_SNAPSHOTS=1</c> rewrites snapshots; a missing one is written locally but fails under CI=true.
/// </summary>
public static class Snapshot
{
    public static void Match(string actual, [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(testFile)!, "__snapshots__");
        var path = Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(testFile)}.{testName}.snap");
        actual = actual.ReplaceLineEndings("\n");

        var update = Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1";
        if (!File.Exists(path) || update)
        {
            if (!update && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new XunitException($"Snapshot {path} is missing; run the tests locally to create it.");
            }

            Directory.CreateDirectory(directory);
            File.WriteAllText(path, actual);
            return;
        }

        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            throw new XunitException($"Snapshot {path} does not match (run with UPDATE_SNAPSHOTS=1 to accept):\n{Diff(expected, actual)}");
        }
    }

    /// <summary>A unified-style line diff: '-' lines only in the snapshot, '+' lines only in the actual text.</summary>
    internal static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');

        // Longest common subsequence table, filled from the end so the walk below goes forward.
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var diff = new StringBuilder("--- snapshot\n+++ actual\n");
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                diff.Append("  ").Append(a[x++]).Append('\n');
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                diff.Append("- ").Append(a[x++]).Append('\n');
            }
            else
            {
                diff.Append("+ ").Append(b[y++]).Append('\n');
            }
        }

        return diff.ToString();
    }
}
