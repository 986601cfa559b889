namespace ProfileGraph.Emulators.Faults;

/// <summary>Added latency before each answer. Only the fields of the chosen distribution are read.</summary>
public sealed record LatencyProfile
{
    /// <summary>The longest delay a long tail may draw, so one unlucky draw cannot stall a test run.</summary>
    private const double LongTailCapMs = 60_000;

    /// <summary>z-score of the 99th percentile of a standard normal distribution.</summary>
    private const double P99ZScore = 2.3263478740408408;

    public LatencyDistribution Distribution { get; set; } = LatencyDistribution.None;

    public double FixedMs { get; set; }

    public double MinMs { get; set; }

    public double MaxMs { get; set; }

    public double MedianMs { get; set; }

    public double P99Ms { get; set; }

    public string? Validate() => Distribution switch
    {
        LatencyDistribution.Fixed when FixedMs < 0 => "latency.fixedMs must not be negative",
        LatencyDistribution.Uniform when MinMs < 0 || MaxMs < MinMs => "latency needs 0 <= minMs <= maxMs",
        LatencyDistribution.LongTail when MedianMs <= 0 || P99Ms < MedianMs => "latency needs 0 < medianMs <= p99Ms",
        _ => null,
    };

    public TimeSpan Sample(Random random)
    {
        var milliseconds = Distribution switch
        {
            LatencyDistribution.Fixed => FixedMs,
            LatencyDistribution.Uniform => MinMs + (random.NextDouble() * (MaxMs - MinMs)),
            LatencyDistribution.LongTail => Math.Min(LongTailCapMs, SampleLogNormal(random)),
            _ => 0,
        };
        return TimeSpan.FromMilliseconds(milliseconds);
    }

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
