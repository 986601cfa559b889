using System.Collections.Concurrent;
using ProfileGraph.People;

namespace ProfileGraph.Server.Graph.People;

/// <summary>
/// The evidence this process has written to the person store, so an unchanged profile read again costs no write. At
/// most <see cref="Capacity"/> accounts are remembered; past that the memory starts over (a rewrite is harmless).
/// </summary>
public sealed class RecordedEvidence
{
    public const int Capacity = 100_000;

    private readonly ConcurrentDictionary<AccountKey, AccountObservation> _recorded = new();

    public bool IsRecorded(AccountObservation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return _recorded.TryGetValue(observation.Account, out var known) && known == observation;
    }

    public void Remember(IEnumerable<AccountObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        if (_recorded.Count > Capacity)
        {
            _recorded.Clear();
        }

        foreach (var observation in observations)
        {
            _recorded[observation.Account] = observation;
        }
    }
}
