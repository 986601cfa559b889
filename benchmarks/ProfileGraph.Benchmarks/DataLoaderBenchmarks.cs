using BenchmarkDotNet.Attributes;
using ProfileGraph.GraphQL.DataLoader;

namespace ProfileGraph.Benchmarks;

/// <summary>
/// The loader's own cost per key: a request's 1,000 keys through a fresh <see cref="BatchDataLoader{TKey, TValue}"/>
/// whose fetch returns at once, so buffering, de-duplication, dispatch and delivery are all that is measured.
/// </summary>
[MemoryDiagnoser]
public class DataLoaderBenchmarks
{
    private const int KeyCount = 1000;
    private readonly int[] _keys = [.. Enumerable.Range(0, KeyCount)];
    private readonly Task<IReadOnlyDictionary<int, int>> _values =
        Task.FromResult<IReadOnlyDictionary<int, int>>(Enumerable.Range(0, KeyCount).ToDictionary(key => key, key => key * 2));

    [Benchmark(Baseline = true, OperationsPerInvoke = KeyCount)]
    public async Task<int> LoadKeyByKey()
    {
        var scheduler = new ExecutorBatchScheduler();
        var loader = new DelegateBatchDataLoader<int, int>((_, _) => _values, scheduler);
        var loads = new Task<int>[KeyCount];
        for (var index = 0; index < loads.Length; index++)
        {
            loads[index] = loader.LoadAsync(_keys[index]);
        }

        await scheduler.DispatchPendingAsync();
        var sum = 0;
        foreach (var load in loads)
        {
            sum += await load;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = KeyCount)]
    public async Task<int> LoadAsList()
    {
        var scheduler = new ExecutorBatchScheduler();
        var loader = new DelegateBatchDataLoader<int, int>((_, _) => _values, scheduler);
        var load = loader.LoadAsync(_keys);
        await scheduler.DispatchPendingAsync();
        return (await load).Sum();
    }
}
