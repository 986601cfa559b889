namespace ProfileGraph.GraphQL.DataLoader;

/// <summary>
/// What one fetch produced, key by key, in the order of the keys it was given. The loader hands these to the waiting
/// callers only after the fetch returns, so a fetch that throws half-way fails all its keys rather than some.
/// </summary>
public sealed class BatchResults<TValue>
{
    private readonly Entry[] _entries;

    internal BatchResults(int count) => _entries = new Entry[count];

    /// <summary>How many keys the fetch was given.</summary>
    public int Count => _entries.Length;

    /// <summary>The value of the key at <paramref name="index"/>.</summary>
    public void SetValue(int index, TValue value) => _entries[index] = new Entry(value, null, true);

    /// <summary>Fails only the callers of the key at <paramref name="index"/>.</summary>
    public void SetError(int index, Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _entries[index] = new Entry(default, error, true);
    }

    internal void Deliver<TKey>(int index, TKey key, TaskCompletionSource<TValue> promise, string loaderName)
    {
        var entry = _entries[index];
        if (!entry.IsSet)
        {
            promise.TrySetException(new InvalidOperationException($"The data loader '{loaderName}' produced no result for the key '{key}'."));
        }
        else if (entry.Error is not null)
        {
            promise.TrySetException(entry.Error);
        }
        else
        {
            promise.TrySetResult(entry.Value!);
        }
    }

    private readonly record struct Entry(TValue? Value, Exception? Error, bool IsSet);
}
