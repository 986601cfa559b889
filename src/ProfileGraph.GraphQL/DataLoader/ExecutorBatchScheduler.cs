namespace ProfileGraph.GraphQL.DataLoader;

// TEMPORARY: replaced by the dataloader branch at merge.
#pragma warning disable CA1822
public sealed class ExecutorBatchScheduler
{
    public bool HasPending => false;

    public Task DispatchPendingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
