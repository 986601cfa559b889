namespace ProfileGraph.GraphQL.DataLoader;

/// <summary>A <see cref="GroupedDataLoader{TKey, TValue}"/> defined inline by its fetch; give it a <see cref="DataLoaderOptions.Name"/> for metrics.</summary>
public sealed class DelegateGroupedDataLoader<TKey, TValue> : GroupedDataLoader<TKey, TValue> where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> _loadGroupedBatch;

    public DelegateGroupedDataLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> loadGroupedBatch,
        IBatchScheduler scheduler,
        DataLoaderOptions? options = null,
        IEqualityComparer<TKey>? keyComparer = null)
        : base(scheduler, options, keyComparer)
    {
        ArgumentNullException.ThrowIfNull(loadGroupedBatch);
        _loadGroupedBatch = loadGroupedBatch;
    }

    protected override Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        _loadGroupedBatch(keys, cancellationToken);
}
