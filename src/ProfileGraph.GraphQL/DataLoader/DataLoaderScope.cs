namespace ProfileGraph.GraphQL.DataLoader;

/// <summary>
/// The loaders of one request, created on first use with the request's scheduler, so that every resolver of the
/// request shares their batches and caches. Thread-safe.
/// </summary>
public sealed class DataLoaderScope
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Type, object> _byType = [];
    private readonly Dictionary<string, object> _byKey = new(StringComparer.Ordinal);

    public DataLoaderScope(IBatchScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        Scheduler = scheduler;
    }

    /// <summary>The scheduler this request's loaders are created with.</summary>
    public IBatchScheduler Scheduler { get; }

    /// <summary>The request's loader of type <typeparamref name="T"/>, created by <paramref name="factory"/> the first time.</summary>
    public T GetOrAdd<T>(Func<IBatchScheduler, T> factory) where T : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        lock (_gate)
        {
            if (!_byType.TryGetValue(typeof(T), out var loader))
            {
                loader = factory(Scheduler) ?? throw new InvalidOperationException($"The factory of {typeof(T).Name} returned null.");
                _byType.Add(typeof(T), loader);
            }

            return (T)loader;
        }
    }

    /// <summary>
    /// The request's loader named <paramref name="key"/>, created by <paramref name="factory"/> the first time: for
    /// inline loaders, which share a type, or several instances of one type.
    /// </summary>
    /// <exception cref="InvalidOperationException">The loader under <paramref name="key"/> is not a <typeparamref name="T"/>.</exception>
    public T GetOrAdd<T>(string key, Func<IBatchScheduler, T> factory) where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(factory);
        lock (_gate)
        {
            if (!_byKey.TryGetValue(key, out var loader))
            {
                loader = factory(Scheduler) ?? throw new InvalidOperationException($"The factory of the data loader '{key}' returned null.");
                _byKey.Add(key, loader);
            }

            return loader as T
                ?? throw new InvalidOperationException($"The data loader '{key}' is a {loader.GetType().Name}, not a {typeof(T).Name}.");
        }
    }
}
