namespace ProfileGraph.GraphQL.Execution;

/// <summary>A DataLoader dispatch finished (every promise of it is set); the loop may dispatch again.</summary>
internal sealed class BatchCompletion(OperationExecutor executor, Task dispatch) : IExecutorWork
{
    public void Subscribe() => dispatch.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(() => executor.Post(this));

    public void Run(OperationExecutor executor) => executor.BatchCompleted();
}
