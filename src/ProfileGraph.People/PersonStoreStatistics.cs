namespace ProfileGraph.People;

/// <summary>How often the store was asked (one call is one transaction) and how many SQL commands it sent.</summary>
public sealed class PersonStoreStatistics
{
    private long _calls;
    private long _commands;

    public long Calls => Interlocked.Read(ref _calls);

    public long Commands => Interlocked.Read(ref _commands);

    internal void Call() => Interlocked.Increment(ref _calls);

    internal void Command() => Interlocked.Increment(ref _commands);
}
