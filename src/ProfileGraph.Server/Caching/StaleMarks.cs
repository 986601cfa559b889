using System.Collections;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Execution.CacheControl;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.Providers;
using ProfileGraph.Server.Graph.Providers;

namespace ProfileGraph.Server.Caching;

/// <summary>
/// The response's <c>extensions.stale</c>: one entry per object served from an answer past its freshness, so a
/// client can tell which values are stale and how old they are:
/// <c>{ "path": ["users", 3], "provider": "SLACK", "ageSeconds": 4210 }</c>, in path order. A response that has
/// any is not to be reused: its cache hint lowers the response's HTTP max-age to 0.
/// </summary>
public sealed class StaleMarks : IEnumerable<IReadOnlyDictionary<string, object?>>, IResultCacheHint
{
    public const string ExtensionKey = "stale";

    private readonly List<(ResultPath Path, Provider Provider, TimeSpan Age)> _marks = [];

    /// <summary>Made with the first mark: stale data is not to be reused.</summary>
    public CacheHint CacheHint => new(MaxAge: 0);

    /// <summary>Marks the object at <paramref name="path"/> as served from <paramref name="provider"/>'s answer of age <paramref name="age"/>.</summary>
    public static void Report(IResolverContext context, ResultPath path, Provider provider, TimeSpan age)
    {
        ArgumentNullException.ThrowIfNull(context);
        var marks = context.GetOrAddResultExtension(ExtensionKey, () => new StaleMarks());
        lock (marks._marks)
        {
            marks._marks.Add((path, provider, age));
        }
    }

    public IEnumerator<IReadOnlyDictionary<string, object?>> GetEnumerator()
    {
        List<(ResultPath Path, Provider Provider, TimeSpan Age)> marks;
        lock (_marks)
        {
            marks = [.. _marks];
        }

        return marks
            .Select(mark => (Steps: mark.Path.ToList(), mark.Provider, mark.Age))
            .OrderBy(mark => mark.Steps, PathOrder.Instance)
            .Select(mark => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
            {
                ["path"] = mark.Steps,
                ["provider"] = ProviderNames.Of(mark.Provider),
                ["ageSeconds"] = (long)mark.Age.TotalSeconds,
            })
            .GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Response order: names as written, list indices by number.</summary>
    private sealed class PathOrder : IComparer<IReadOnlyList<object>>
    {
        public static readonly PathOrder Instance = new();

        public int Compare(IReadOnlyList<object>? x, IReadOnlyList<object>? y)
        {
            for (var i = 0; i < Math.Min(x!.Count, y!.Count); i++)
            {
                var order = (x[i], y[i]) switch
                {
                    (int a, int b) => a.CompareTo(b),
                    var (a, b) => string.CompareOrdinal(a.ToString(), b.ToString()),
                };
                if (order != 0)
                {
                    return order;
                }
            }

            return x.Count.CompareTo(y.Count);
        }
    }
}
