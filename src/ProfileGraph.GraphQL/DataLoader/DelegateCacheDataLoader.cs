namespace ProfileGraph.GraphQL.DataLoader;

/// <summary>A <see cref="CacheDataLoader{TKey, TValue}"/> defined inline by its fetch; give it a <see cref="DataLoaderOptions.Name"/> for metrics.</summary>
public sealed class DelegateCacheDataLoader<TKey, TValue> : CacheDataLoader<TKey, TValue> where TKey : notnull
{
    private readonly Func<TKey, CancellationToken, Task<TValue>> _loadSingle;

    public DelegateCacheDataLoader(
        Func<TKey, CancellationToken, Task<TValue>> loadSingle,
        IBatchScheduler scheduler,
        DataLoaderOptions? options = null,
        IEqualityComparer<TKey>? keyComparer = null)
        : base(scheduler, options, keyComparer)
    {
        ArgumentNullException.ThrowIfNull(loadSingle);
        _loadSingle = loadSingle;
    }

    protected override Task<TValue> LoadSingleAsync(TKey key, CancellationToken cancellationToken) => _loadSingle(key, cancellationToken);
}
