namespace ProfileGraph.Server.Paging;

/// <summary>
/// Cursors for a list in its natural order (a product catalogue): a cursor names its item's key, and points where
/// that item is. A cursor whose item has gone no longer points anywhere, so it is refused.
/// </summary>
public sealed class KeyCursorCodec<T>(string connection, Func<T, string> keyOf) : ICursorCodec<T>
{
    public string Encode(T item) => CursorText.Encode([connection, keyOf(item)]);

    public bool TryLocate(IReadOnlyList<T> ordered, string cursor, out int index, out bool found)
    {
        index = 0;
        found = false;
        if (CursorText.Decode(cursor) is not [var name, { } key] || name != connection)
        {
            return false;
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            if (keyOf(ordered[i]) == key)
            {
                index = i;
                found = true;
                return true;
            }
        }

        return false;
    }
}
