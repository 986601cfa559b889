namespace ProfileGraph.Server.Paging;

/// <summary>Makes cursors for the items of one ordered list and finds where a cursor points in it.</summary>
public interface ICursorCodec<T>
{
    string Encode(T item);

    /// <summary>
    /// Finds the cursor's position: <paramref name="index"/> is the number of items before it, and
    /// <paramref name="found"/> says whether the item it was made for is still there (at that index). False for a
    /// cursor this codec did not make.
    /// </summary>
    bool TryLocate(IReadOnlyList<T> ordered, string cursor, out int index, out bool found);
}
