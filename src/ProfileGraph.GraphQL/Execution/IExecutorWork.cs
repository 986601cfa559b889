namespace ProfileGraph.GraphQL.Execution;

/// <summary>Something that happened off the executor's loop and must be handled on it.</summary>
internal interface IExecutorWork
{
    void Run(OperationExecutor executor);
}
