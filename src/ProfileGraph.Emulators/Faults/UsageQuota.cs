using System.Collections.Concurrent;

namespace ProfileGraph.Emulators.Faults;

/// <summary>Calls used per key against a plan quota (GREEN-API's monthly method quota).</summary>
public sealed class UsageQuota
{
    private readonly ConcurrentDictionary<string, int> _used = new(StringComparer.Ordinal);

    /// <summary>Uses one call; false (and nothing used) when <paramref name="total"/> is already reached.</summary>
    public bool TryUse(string key, int total, out int used)
    {
        while (true)
        {
            var current = _used.GetOrAdd(key, 0);
            if (current >= total)
            {
                used = current;
                return false;
            }

            if (_used.TryUpdate(key, current + 1, current))
            {
                used = current + 1;
                return true;
            }
        }
    }

    public void Reset() => _used.Clear();
}
