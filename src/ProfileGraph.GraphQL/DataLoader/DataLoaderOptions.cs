namespace ProfileGraph.GraphQL.DataLoader;

/// <summary>How a loader batches and caches.</summary>
public sealed record DataLoaderOptions
{
    internal static readonly DataLoaderOptions Default = new();

    /// <summary>The most keys one fetch receives; a larger batch is split into several fetches run concurrently.</summary>
    public int MaxBatchSize { get; init; } = 1024;

    /// <summary>
    /// Whether the loader keeps every key's result for the rest of the request. Without caching, keys are still
    /// de-duplicated within one batch, but every batch fetches afresh and <c>Set</c> does nothing.
    /// </summary>
    public bool Caching { get; init; } = true;

    /// <summary>The name metrics are tagged with; the loader's type name when not given.</summary>
    public string? Name { get; init; }
}
