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
    // Names in documents and SDL come from the parser's name cache, so a lookup usually finds the very string
    // instance it is given: small collections are scanned by reference before the dictionary is asked.
    private const int ScanLimit = 16;

    private readonly T[] _items;
    private readonly Dictionary<string, T> _byName = new(StringComparer.Ordinal);

    // The names to scan, or empty: too many to scan, or a repeated name, which only the dictionary resolves right.
    private readonly string[] _scannedNames;

    public NamedCollection(IEnumerable<T> items)
    {
        _items = [.. items];
        foreach (var item in _items)
        {
            _byName.TryAdd(item.Name, item);
        }

        _scannedNames = _items.Length <= ScanLimit && _byName.Count == _items.Length ? Array.ConvertAll(_items, item => item.Name) : [];
    }

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public T? this[string name] => TryGet(name, out var item) ? item : default;

    public bool TryGet(string name, [MaybeNullWhen(false)] out T item)
    {
        var names = _scannedNames;
        for (var i = 0; i < names.Length; i++)
        {
            if (ReferenceEquals(names[i], name))
            {
                item = _items[i];
                return true;
            }
        }

        return _byName.TryGetValue(name, out item);
    }

    public bool Contains(string name) => TryGet(name, out _);

    /// <summary>A struct enumerator, so <c>foreach</c> over a collection allocates nothing (validation does it per field).</summary>
    public Enumerator GetEnumerator() => new(_items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public struct Enumerator
    {
        private readonly T[] _items;
        private int _index;

        internal Enumerator(T[] items)
        {
            _items = items;
            _index = -1;
        }

        public readonly T Current => _items[_index];

        public bool MoveNext() => ++_index < _items.Length;
    }
}
