namespace ProfileGraph.GraphQL.DataLoader;

/// <summary>
/// Loads the rows of many keys with one call that returns a lookup, e.g. "the accounts of these people". A key with
/// no rows gets an empty list.
/// </summary>
/// <remarks>The lookup is searched with its own comparer (the one given to <c>ToLookup</c>).</remarks>
public abstract class GroupedDataLoader<TKey, TValue> : DataLoaderBase<TKey, IReadOnlyList<TValue>> where TKey : notnull
{
    protected GroupedDataLoader(IBatchScheduler scheduler, DataLoaderOptions? options = null, IEqualityComparer<TKey>? keyComparer = null)
        : base(scheduler, options, keyComparer)
    {
    }

    /// <summary>Fetches the rows of <paramref name="keys"/> (distinct, at most <see cref="DataLoaderOptions.MaxBatchSize"/>).</summary>
    protected abstract Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected sealed override async Task FetchAsync(IReadOnlyList<TKey> keys, BatchResults<IReadOnlyList<TValue>> results, CancellationToken cancellationToken)
    {
        var rows = await LoadGroupedBatchAsync(keys, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The data loader '{Name}' returned no lookup.");
        for (var index = 0; index < keys.Count; index++)
        {
            results.SetValue(index, rows.Contains(keys[index]) ? rows[keys[index]].ToArray() : []);
        }
    }
}
