using System.Runtime.CompilerServices;
using ProfileGraph.GraphQL.Execution.Planning;
using ProfileGraph.GraphQL.Execution.Results;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>A field whose resolver returned a task that was not complete yet; posted to the loop when it is.</summary>
internal sealed class PendingField(OperationExecutor executor, ResultObject owner, int slot, PlannedField field, ValueTask<object?> resolving) : IExecutorWork
{
    private readonly ConfiguredValueTaskAwaitable<object?>.ConfiguredValueTaskAwaiter _awaiter = resolving.ConfigureAwait(false).GetAwaiter();

    public ResultObject Owner { get; } = owner;

    public int Slot { get; } = slot;

    public PlannedField Field { get; } = field;

    /// <summary>Set on the loop once the field is completed or timed out; a late completion is then ignored.</summary>
    public bool IsDone { get; set; }

    public void Subscribe() => _awaiter.UnsafeOnCompleted(() => executor.Post(this));

    public object? GetResult() => _awaiter.GetResult();

    public void Run(OperationExecutor executor) => executor.Complete(this);
}
