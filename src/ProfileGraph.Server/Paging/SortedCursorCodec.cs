namespace ProfileGraph.Server.Paging;

/// <summary>
/// A sort order and its keyset cursors: the list is sorted by the keys, then by a unique key so the order is total,
/// and a cursor holds its item's key values. A cursor therefore keeps its place when items are added or removed
/// between pages, and one made under another order is refused rather than misread.
/// </summary>
public sealed class SortedCursorCodec<T> : ICursorCodec<T>, IComparer<T>
{
    // Ignore case first, so "ada" sorts beside "Ada"; then ordinal, so the order is still total.
    private static readonly StringComparer[] TextComparers = [StringComparer.OrdinalIgnoreCase, StringComparer.Ordinal];

    private readonly string _signature;
    private readonly IReadOnlyList<SortKey<T>> _keys;
    private readonly Func<T, string> _uniqueKeyOf;

    public SortedCursorCodec(string connection, IReadOnlyList<SortKey<T>> keys, Func<T, string> uniqueKeyOf)
    {
        _keys = keys;
        _uniqueKeyOf = uniqueKeyOf;
        _signature = connection + ":" + string.Join(",", keys.Select(k => k.Name + (k.Descending ? " desc" : " asc")));
    }

    public IReadOnlyList<T> Sort(IEnumerable<T> items) => [.. items.Order(this)];

    public int Compare(T? x, T? y) => CompareValues(Values(x!), Values(y!));

    public string Encode(T item) => CursorText.Encode([_signature, .. Values(item)]);

    public bool TryLocate(IReadOnlyList<T> ordered, string cursor, out int index, out bool found)
    {
        index = 0;
        found = false;
        if (CursorText.Decode(cursor) is not { } parts || parts.Length != _keys.Count + 2 || parts[0] != _signature || parts[^1] is null)
        {
            return false;
        }

        var position = parts[1..];
        int low = 0, high = ordered.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (CompareValues(Values(ordered[middle]), position) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        index = low;
        found = low < ordered.Count && CompareValues(Values(ordered[low]), position) == 0;
        return true;
    }

    private string?[] Values(T item)
    {
        var values = new string?[_keys.Count + 1];
        for (var i = 0; i < _keys.Count; i++)
        {
            values[i] = _keys[i].ValueOf(item);
        }

        values[^1] = _uniqueKeyOf(item);
        return values;
    }

    private int CompareValues(string?[] x, string?[] y)
    {
        for (var i = 0; i < x.Length; i++)
        {
            var descending = i < _keys.Count && _keys[i].Descending;
            var order = (x[i], y[i]) switch
            {
                (null, null) => 0,
                (null, _) => 1,   // missing values last, whatever the direction
                (_, null) => -1,
                var (a, b) => CompareText(a, b) * (descending ? -1 : 1),
            };
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    private static int CompareText(string a, string b)
    {
        foreach (var comparer in TextComparers)
        {
            var order = comparer.Compare(a, b);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }
}
