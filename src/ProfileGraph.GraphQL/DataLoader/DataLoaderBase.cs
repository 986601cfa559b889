using System.Diagnostics;
using System.Runtime.InteropServices;
using ProfileGraph.GraphQL.Execution;

namespace ProfileGraph.GraphQL.DataLoader;

/// <summary>
/// The core every loader shares: a promise cache that de-duplicates keys for the whole request, a buffer of keys
/// waiting for their batch, and the dispatch that fetches them when the scheduler says so. One instance per request.
/// </summary>
/// <remarks>
/// <para>
/// Promises complete synchronously: a caller awaiting a key resumes on the thread that delivers the batch, outside
/// any lock, before the dispatch task completes. A resolver that awaits this loader and then calls another has
/// therefore queued its next key by the time the executor sees the dispatch finish, so the executor's next dispatch
/// includes it and sibling fields at every depth share one batch per loader.
/// </para>
/// <para>
/// Errors: a key the fetch fails with <see cref="BatchResults{TValue}.SetError"/> fails only its callers and stays
/// cached for the request; a fetch that throws fails all its keys and none of them stays cached, so a later load
/// tries again (graphql/dataloader's rule). Cancellation: the fetch gets the dispatch's token; a caller's own token
/// only abandons that caller's await, and the key is still fetched for everyone else.
/// </para>
/// </remarks>
public abstract class DataLoaderBase<TKey, TValue> : IBatchDispatcher where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly IBatchScheduler _scheduler;
    private readonly int _maxBatchSize;
    private readonly Dictionary<TKey, TaskCompletionSource<TValue>> _buffer;
    private readonly Dictionary<TKey, Task<TValue>>? _cache;

    // Loads of a key already waiting in the buffer, since the last dispatch: reported on the batch's span.
    private int _duplicateLoads;

    protected DataLoaderBase(IBatchScheduler scheduler, DataLoaderOptions? options, IEqualityComparer<TKey>? keyComparer)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        options ??= DataLoaderOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxBatchSize);
        _scheduler = scheduler;
        _maxBatchSize = options.MaxBatchSize;
        _buffer = new Dictionary<TKey, TaskCompletionSource<TValue>>(keyComparer);
        _cache = options.Caching ? new Dictionary<TKey, Task<TValue>>(keyComparer) : null;
        Name = options.Name ?? WithoutArity(GetType().Name);
    }

    /// <summary>The name metrics are tagged with.</summary>
    public string Name { get; }

    /// <summary>The value of <paramref name="key"/>, fetched with the other keys of its batch.</summary>
    /// <remarks>This overload exists so that <c>keys.Select(loader.LoadAsync)</c> compiles.</remarks>
    public Task<TValue> LoadAsync(TKey key) => LoadAsync(key, CancellationToken.None);

    /// <summary>The value of <paramref name="key"/>, fetched with the other keys of its batch.</summary>
    /// <param name="key">The key; a key already requested in this request is not fetched again.</param>
    /// <param name="cancellationToken">Abandons this caller's wait only; the fetch goes on for the other callers.</param>
    public Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken = default)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<TValue>(cancellationToken);
        }

        Task<TValue> promise;
        var firstBuffered = false;
        lock (_gate)
        {
            promise = GetOrBuffer(key, ref firstBuffered);
        }

        if (firstBuffered)
        {
            _scheduler.Schedule(this);
        }

        return cancellationToken.CanBeCanceled ? promise.WaitAsync(cancellationToken) : promise;
    }

    /// <summary>The values of <paramref name="keys"/>, in their order; fails if any key fails.</summary>
    /// <param name="keys">The keys, all buffered at once, so they share a batch whatever the scheduler.</param>
    /// <param name="cancellationToken">Abandons this caller's wait only; the fetch goes on for the other callers.</param>
    public Task<IReadOnlyList<TValue>> LoadAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<IReadOnlyList<TValue>>(cancellationToken);
        }

        var promises = new Task<TValue>[keys.Count];
        var firstBuffered = false;
        lock (_gate)
        {
            var index = 0;
            foreach (var key in keys)
            {
                promises[index++] = GetOrBuffer(key, ref firstBuffered);
            }
        }

        if (firstBuffered)
        {
            _scheduler.Schedule(this);
        }

        return WhenAllAsync(promises, cancellationToken);
    }

    /// <summary>
    /// Primes the cache: later loads of <paramref name="key"/> get <paramref name="value"/> without a fetch. As with
    /// graphql/dataloader's <c>prime</c>, a key already cached or being fetched keeps its entry (call
    /// <see cref="Remove"/> first to replace it), and without caching this does nothing.
    /// </summary>
    public void Set(TKey key, TValue value)
    {
        if (_cache is null)
        {
            return;
        }

        lock (_gate)
        {
            ref var cached = ref CollectionsMarshal.GetValueRefOrAddDefault(_cache, key, out var exists);
            if (!exists)
            {
                cached = Task.FromResult(value);
            }
        }
    }

    /// <summary>Forgets <paramref name="key"/>'s cached result, so its next load fetches it again.</summary>
    public void Remove(TKey key)
    {
        lock (_gate)
        {
            _cache?.Remove(key);
        }
    }

    /// <summary>Forgets every cached result; keys waiting for a batch are still fetched.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _cache?.Clear();
        }
    }

    /// <summary>
    /// Fetches <paramref name="keys"/> (distinct, at most <see cref="DataLoaderOptions.MaxBatchSize"/>) and records
    /// each key's value or error in <paramref name="results"/> at the key's index. Throwing fails all the keys.
    /// </summary>
    protected abstract Task FetchAsync(IReadOnlyList<TKey> keys, BatchResults<TValue> results, CancellationToken cancellationToken);

    Task IBatchDispatcher.DispatchAsync(CancellationToken cancellationToken)
    {
        TKey[] keys;
        TaskCompletionSource<TValue>[] promises;
        int duplicateLoads;
        lock (_gate)
        {
            if (_buffer.Count == 0)
            {
                return Task.CompletedTask;
            }

            duplicateLoads = _duplicateLoads;
            _duplicateLoads = 0;

            keys = new TKey[_buffer.Count];
            promises = new TaskCompletionSource<TValue>[_buffer.Count];
            var index = 0;
            foreach (var (key, promise) in _buffer)
            {
                keys[index] = key;
                promises[index++] = promise;
            }

            // Keys loaded from now on start the next batch and schedule it.
            _buffer.Clear();
        }

        if (keys.Length <= _maxBatchSize)
        {
            return FetchBatchAsync(keys, promises, 0, keys.Length, duplicateLoads, cancellationToken);
        }

        var fetches = new Task[(keys.Length + _maxBatchSize - 1) / _maxBatchSize];
        for (var fetch = 0; fetch < fetches.Length; fetch++)
        {
            var start = fetch * _maxBatchSize;
            fetches[fetch] = FetchBatchAsync(keys, promises, start, Math.Min(_maxBatchSize, keys.Length - start), fetch == 0 ? duplicateLoads : 0, cancellationToken);
        }

        return Task.WhenAll(fetches);
    }

    private Task<TValue> GetOrBuffer(TKey key, ref bool firstBuffered)
    {
        if (_cache is not null && _cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        // A key removed from the cache while its batch is still buffered rejoins that batch rather than being fetched twice.
        ref var promise = ref CollectionsMarshal.GetValueRefOrAddDefault(_buffer, key, out var buffered);
        if (buffered)
        {
            _duplicateLoads++;
        }
        else
        {
            firstBuffered |= _buffer.Count == 1;
            // Without RunContinuationsAsynchronously on purpose: see the remarks on this class.
            promise = new TaskCompletionSource<TValue>();
        }

        var task = promise!.Task;
        _cache?.Add(key, task);
        return task;
    }

    private async Task FetchBatchAsync(TKey[] keys, TaskCompletionSource<TValue>[] promises, int start, int count, int duplicateLoads, CancellationToken cancellationToken)
    {
        IReadOnlyList<TKey> batch = count == keys.Length ? keys : new ArraySegment<TKey>(keys, start, count);
        var results = new BatchResults<TValue>(count);
        var started = Stopwatch.GetTimestamp();
        Exception? failure = null;
        using (var activity = GraphQLActivities.Source.StartActivity("graphql.dataloader.batch"))
        {
            activity?.SetTag(GraphQLActivities.LoaderName, Name);
            activity?.SetTag(GraphQLActivities.BatchSize, count);
            activity?.SetTag(GraphQLActivities.DuplicateLoads, duplicateLoads);
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                await FetchAsync(batch, results, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                // Goes to the keys' callers: the dispatch task itself never fails.
                failure = exception;
                activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            }
        }

        DataLoaderMetrics.RecordFetch(Name, count, Stopwatch.GetElapsedTime(started), failure);
        if (failure is null)
        {
            for (var index = 0; index < count; index++)
            {
                results.Deliver(index, batch[index], promises[start + index], Name);
            }

            return;
        }

        Forget(keys, promises, start, count);
        var cancelled = failure is OperationCanceledException && cancellationToken.IsCancellationRequested;
        for (var index = start; index < start + count; index++)
        {
            if (cancelled)
            {
                promises[index].TrySetCanceled(cancellationToken);
            }
            else
            {
                promises[index].TrySetException(failure);
            }
        }
    }

    private void Forget(TKey[] keys, TaskCompletionSource<TValue>[] promises, int start, int count)
    {
        if (_cache is null)
        {
            return;
        }

        lock (_gate)
        {
            for (var index = start; index < start + count; index++)
            {
                // Only if the entry is still this batch's: it may have been removed and loaded again since.
                if (_cache.TryGetValue(keys[index], out var cached) && cached == promises[index].Task)
                {
                    _cache.Remove(keys[index]);
                }
            }
        }
    }

    private static async Task<IReadOnlyList<TValue>> WhenAllAsync(Task<TValue>[] promises, CancellationToken cancellationToken) =>
        await Task.WhenAll(promises).WaitAsync(cancellationToken).ConfigureAwait(false);

    private static string WithoutArity(string typeName)
    {
        var tick = typeName.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? typeName : typeName[..tick];
    }
}
