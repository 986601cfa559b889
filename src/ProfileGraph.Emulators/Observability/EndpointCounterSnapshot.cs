namespace ProfileGraph.Emulators.Observability;

/// <summary>Counts of one endpoint at one moment, as served by <c>GET /_admin/counters</c>.</summary>
public sealed record EndpointCounterSnapshot(
    long Requests,
    long Keys,
    IReadOnlyDictionary<int, long> BatchSizes,
    IReadOnlyDictionary<string, long> Outcomes)
{
    public static EndpointCounterSnapshot Empty { get; } = new(
        0, 0, new SortedDictionary<int, long>(), new SortedDictionary<string, long>(StringComparer.Ordinal));

    /// <summary>How many answers carried exactly <paramref name="size"/> records.</summary>
    public long BatchesOfSize(int size) => BatchSizes.GetValueOrDefault(size);

    public long OutcomeCount(string outcome) => Outcomes.GetValueOrDefault(outcome);
}
