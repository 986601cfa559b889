using System.Collections.Concurrent;

namespace ProfileGraph.Emulators.Observability;

/// <summary>Request counters per provider and endpoint, readable and resettable by tests and the admin API.</summary>
/// <param name="clock">Stamps request arrival times (the emulators' clock, so tests may substitute it).</param>
public sealed class EmulatorCounters(TimeProvider clock)
{
    private readonly ConcurrentDictionary<(EmulatedProvider Provider, string Endpoint), EndpointCounter> _counters = new();

    public EndpointCounter For(EmulatedProvider provider, string endpoint) =>
        _counters.GetOrAdd((provider, endpoint), _ => new EndpointCounter(clock));

    public EndpointCounterSnapshot Get(EmulatedProvider provider, string endpoint) =>
        _counters.TryGetValue((provider, endpoint), out var counter) ? counter.Snapshot() : EndpointCounterSnapshot.Empty;

    /// <summary>
    /// When the last requests to an endpoint arrived, oldest first: lets a test check a client's pacing
    /// (no two GREEN-API getContactInfo calls less than a second apart) from the server's side.
    /// </summary>
    public IReadOnlyList<DateTimeOffset> RequestTimes(EmulatedProvider provider, string endpoint) =>
        _counters.TryGetValue((provider, endpoint), out var counter) ? counter.RequestTimes() : [];

    /// <summary>Endpoint name to counts, for the endpoints of one provider that were called.</summary>
    public IReadOnlyDictionary<string, EndpointCounterSnapshot> Snapshot(EmulatedProvider provider) =>
        new SortedDictionary<string, EndpointCounterSnapshot>(
            _counters.Where(entry => entry.Key.Provider == provider)
                .ToDictionary(entry => entry.Key.Endpoint, entry => entry.Value.Snapshot(), StringComparer.Ordinal),
            StringComparer.Ordinal);

    public void Reset()
    {
        foreach (var counter in _counters.Values)
        {
            counter.Reset();
        }
    }

    public void Reset(EmulatedProvider provider)
    {
        foreach (var entry in _counters.Where(entry => entry.Key.Provider == provider))
        {
            entry.Value.Reset();
        }
    }
}
