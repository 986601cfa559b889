namespace ProfileGraph.GraphQL.DataLoader;

// TEMPORARY: replaced by the dataloader branch at merge.
public sealed class DataLoaderScope(ExecutorBatchScheduler scheduler)
{
    public ExecutorBatchScheduler Scheduler { get; } = scheduler;
}
