namespace ProfileGraph.GraphQL.DataLoader;

/// <summary>A <see cref="BatchDataLoader{TKey, TValue}"/> defined inline by its fetch; give it a <see cref="DataLoaderOptions.Name"/> for metrics.</summary>
public sealed class DelegateBatchDataLoader<TKey, TValue> : BatchDataLoader<TKey, TValue> where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _loadBatch;

    public DelegateBatchDataLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> loadBatch,
        IBatchScheduler scheduler,
        DataLoaderOptions? options = null,
        IEqualityComparer<TKey>? keyComparer = null)
        : base(scheduler, options, keyComparer)
    {
        ArgumentNullException.ThrowIfNull(loadBatch);
        _loadBatch = loadBatch;
    }

    protected override Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        _loadBatch(keys, cancellationToken);
}
