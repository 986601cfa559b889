namespace ProfileGraph.Server.Tests.Integration;

/// <summary>
/// Test classes that run after the parallel ones, one at a time: their load (100-user requests, schema builds) would
/// otherwise land on the other classes' servers, whose short test-sized provider timeouts it could trip.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Runs alone";
}
