using System.Collections.Concurrent;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// The response <c>extensions</c> entries that resolvers contribute during one execution. Resolvers complete on
/// several threads, so entries are made once under concurrency and copied into the result when execution ends.
/// </summary>
internal sealed class ResultExtensions
{
    // Most requests add nothing: the dictionary is made on first use.
    private ConcurrentDictionary<string, object>? _entries;

    public T GetOrAdd<T>(string key, Func<T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(create);
        if (_entries is null)
        {
            Interlocked.CompareExchange(ref _entries, new ConcurrentDictionary<string, object>(StringComparer.Ordinal), null);
        }

        var entry = _entries.GetOrAdd(key, static (_, make) => make(), create);
        return entry as T ?? throw new InvalidOperationException($"The result extension \"{key}\" is a {entry.GetType().Name}, not a {typeof(T).Name}.");
    }

    public void CopyTo(IDictionary<string, object?> extensions)
    {
        if (_entries is null)
        {
            return;
        }

        foreach (var (key, value) in _entries.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            extensions[key] = value;
        }
    }
}
