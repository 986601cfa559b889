using System.Collections.Concurrent;

namespace ProfileGraph.GraphQL.Execution.Pipeline;

/// <summary>
/// A thread-safe cache of at most a given number of entries. When full it starts over rather than tracking
/// recency: clients send the same few documents over and over, so hits stay lock-free and misses stay rare.
/// </summary>
internal sealed class BoundedCache<TValue>(int capacity)
    where TValue : class
{
    private readonly ConcurrentDictionary<string, TValue> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string key, out TValue value) => _entries.TryGetValue(key, out value!);

    public void Set(string key, TValue value)
    {
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        _entries[key] = value;
    }
}
