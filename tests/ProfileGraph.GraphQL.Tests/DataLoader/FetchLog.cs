using System.Collections.Concurrent;

namespace ProfileGraph.GraphQL.Tests.DataLoader;

/// <summary>The key lists a test loader's fetches received, from whichever threads they ran on.</summary>
internal sealed class FetchLog<TKey>
{
    private readonly ConcurrentQueue<TKey[]> _fetches = new();

    public int Count => _fetches.Count;

    public IReadOnlyList<TKey[]> Fetches => [.. _fetches];

    public void Record(IReadOnlyList<TKey> keys) => _fetches.Enqueue([.. keys]);

    /// <summary>Every key fetched, sorted, for assertions that do not depend on the order within a batch.</summary>
    public IReadOnlyList<TKey> AllKeys() => [.. _fetches.SelectMany(keys => keys).Order()];
}
