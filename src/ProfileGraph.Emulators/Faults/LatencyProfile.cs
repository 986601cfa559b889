namespace ProfileGraph.Emulators.Faults;

/// <summary>Added latency before each answer. Only the fields of the chosen distribution are read.</summary>
public sealed record LatencyProfile
{
    /// <summary>The longest delay any distribution may ask for or draw, so no profile can stall a test run.</summary>
    public const double MaxMilliseconds = 60_000;

    /// <summary>z-score of the 99th percentile of a standard normal distribution.</summary>
    private const double P99ZScore = 2.3263478740408408;

    public LatencyDistribution Distribution { get; set; } = LatencyDistribution.None;

    public double FixedMs { get; set; }

    public double MinMs { get; set; }

    public double MaxMs { get; set; }

    public double MedianMs { get; set; }

    public double P99Ms { get; set; }

    // Written as "not in range" so that NaN, which fails every comparison, is refused too.
    public string? Validate() => Distribution switch
    {
        LatencyDistribution.Fixed when !InRange(FixedMs, 0) => "latency needs 0 <= fixedMs <= 60000",
        LatencyDistribution.Uniform when !InRange(MinMs, 0) || !InRange(MaxMs, MinMs) => "latency needs 0 <= minMs <= maxMs <= 60000",
        LatencyDistribution.LongTail when !(MedianMs > 0) || !InRange(P99Ms, MedianMs) => "latency needs 0 < medianMs <= p99Ms <= 60000",
        _ => null,
    };

    public TimeSpan Sample(Random random)
    {
        var milliseconds = Distribution switch
        {
            LatencyDistribution.Fixed => FixedMs,
            LatencyDistribution.Uniform => MinMs + (random.NextDouble() * (MaxMs - MinMs)),
            LatencyDistribution.LongTail => Math.Min(MaxMilliseconds, SampleLogNormal(random)),
            _ => 0,
        };
        return TimeSpan.FromMilliseconds(milliseconds);
    }

    private static bool InRange(double milliseconds, double min) => milliseconds >= min && milliseconds <= MaxMilliseconds;

    private double SampleLogNormal(Random random)
    {
        var sigma = Math.Log(P99Ms / MedianMs) / P99ZScore;
        return MedianMs * Math.Exp(sigma * StandardNormal(random));
    }

    // Box-Muller transform.
    private static double StandardNormal(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
