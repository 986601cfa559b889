namespace ProfileGraph.GraphQL.DataLoader;

/// <summary>
/// Loads many keys with one call that returns a dictionary, e.g. a provider's "get users by ids".
/// </summary>
/// <remarks>
/// A key missing from the dictionary gets <c>null</c> when <typeparamref name="TValue"/> can hold it (a reference
/// type or <see cref="Nullable{T}"/>; declare it nullable, e.g. <c>User?</c>, when keys may be missing), as a
/// GraphQL field of a missing entity resolves to null. For other value types a made-up <c>default</c> (0,
/// <see cref="Guid.Empty"/>) would be wrong, so the key's callers get a <see cref="KeyNotFoundException"/>; the
/// other keys are unaffected. The dictionary is searched with its own comparer.
/// </remarks>
public abstract class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue> where TKey : notnull
{
    private static readonly bool MissingKeysAreNull = default(TValue) is null;

    protected BatchDataLoader(IBatchScheduler scheduler, DataLoaderOptions? options = null, IEqualityComparer<TKey>? keyComparer = null)
        : base(scheduler, options, keyComparer)
    {
    }

    /// <summary>Fetches the values of <paramref name="keys"/> (distinct, at most <see cref="DataLoaderOptions.MaxBatchSize"/>).</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected sealed override async Task FetchAsync(IReadOnlyList<TKey> keys, BatchResults<TValue> results, CancellationToken cancellationToken)
    {
        var values = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The data loader '{Name}' returned no dictionary.");
        for (var index = 0; index < keys.Count; index++)
        {
            if (values.TryGetValue(keys[index], out var value))
            {
                results.SetValue(index, value);
            }
            else if (MissingKeysAreNull)
            {
                results.SetValue(index, default!);
            }
            else
            {
                results.SetError(index, new KeyNotFoundException($"The data loader '{Name}' found no value for the key '{keys[index]}'."));
            }
        }
    }
}
