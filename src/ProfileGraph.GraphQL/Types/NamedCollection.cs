using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// An immutable list of named elements in definition order (the order SDL printing and introspection show) with
/// lookup by name. The first element of a name wins; the builder reports duplicates as schema errors.
/// </summary>
public sealed class NamedCollection<T> : IReadOnlyList<T>
    where T : INamedElement
{
    private readonly T[] _items;
    private readonly Dictionary<string, T> _byName = new(StringComparer.Ordinal);

    public NamedCollection(IEnumerable<T> items)
    {
        _items = [.. items];
        foreach (var item in _items)
        {
            _byName.TryAdd(item.Name, item);
        }
    }

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public T? this[string name] => _byName.GetValueOrDefault(name);

    public bool TryGet(string name, [MaybeNullWhen(false)] out T item) => _byName.TryGetValue(name, out item);

    public bool Contains(string name) => _byName.ContainsKey(name);

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
