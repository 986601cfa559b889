namespace ProfileGraph.GraphQL.DataLoader;

/// <summary>A loader with buffered keys, as a scheduler sees it.</summary>
public interface IBatchDispatcher
{
    /// <summary>
    /// Takes the keys buffered so far (split by <see cref="DataLoaderOptions.MaxBatchSize"/> into several fetches run
    /// concurrently), fetches them and sets every promise of those keys. The task completes only after all those
    /// promises are set, with results or errors; fetch errors travel through the promises, never through this task.
    /// </summary>
    /// <param name="cancellationToken">Passed to the fetches: cancelling it cancels the keys still being fetched.</param>
    Task DispatchAsync(CancellationToken cancellationToken);
}
