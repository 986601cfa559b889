namespace ProfileGraph.GraphQL.DataLoader;

/// <summary>
/// Decides when buffered keys are fetched. A loader calls <see cref="Schedule"/> once each time its buffer goes from
/// empty to non-empty; the scheduler later calls <see cref="IBatchDispatcher.DispatchAsync"/> on it.
/// </summary>
public interface IBatchScheduler
{
    /// <summary>Asks for <paramref name="dispatcher"/> to be dispatched; may be called from any thread.</summary>
    void Schedule(IBatchDispatcher dispatcher);
}
