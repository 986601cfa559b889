namespace ProfileGraph.Server.Events;

/// <summary>
/// The signatures of the Slack requests accepted while their timestamps are still inside the window, so that the same
/// request sent again is refused. Entries leave when their window closes; there are never more than
/// <paramref name="capacity"/> (Slack sends at most 30,000 events an hour per workspace and app: far fewer a window).
/// </summary>
internal sealed class AcceptedSignatures(int capacity)
{
    private readonly Dictionary<string, long> _until = new(StringComparer.Ordinal);
    private readonly Queue<(string Signature, long Until)> _order = new();
    private readonly Lock _lock = new();

    /// <summary>Remembers <paramref name="signature"/> until <paramref name="until"/> (Unix seconds); false when it is already known or the memory is full.</summary>
    public bool TryAccept(string signature, long until, long now)
    {
        lock (_lock)
        {
            while (_order.TryPeek(out var oldest) && oldest.Until < now)
            {
                _order.Dequeue();
                _until.Remove(oldest.Signature);
            }

            if (_until.Count >= capacity || !_until.TryAdd(signature, until))
            {
                return false;
            }

            _order.Enqueue((signature, until));
            return true;
        }
    }
}
