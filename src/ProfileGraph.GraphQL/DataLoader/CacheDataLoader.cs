namespace ProfileGraph.GraphQL.DataLoader;

/// <summary>
/// Loads one key per call, for sources with no batch API, but still once per key per request. Keys dispatch with
/// the other loaders' batches, each as its own fetch (so metrics count batches of one), all concurrently.
/// </summary>
public abstract class CacheDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue> where TKey : notnull
{
    protected CacheDataLoader(IBatchScheduler scheduler, DataLoaderOptions? options = null, IEqualityComparer<TKey>? keyComparer = null)
        : base(scheduler, (options ?? DataLoaderOptions.Default) with { MaxBatchSize = 1 }, keyComparer)
    {
    }

    /// <summary>Fetches the value of <paramref name="key"/>; throwing fails only this key.</summary>
    protected abstract Task<TValue> LoadSingleAsync(TKey key, CancellationToken cancellationToken);

    protected sealed override async Task FetchAsync(IReadOnlyList<TKey> keys, BatchResults<TValue> results, CancellationToken cancellationToken) =>
        results.SetValue(0, await LoadSingleAsync(keys[0], cancellationToken).ConfigureAwait(false));
}
