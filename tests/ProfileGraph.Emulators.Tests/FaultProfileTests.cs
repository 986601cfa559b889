using ProfileGraph.Emulators.Faults;

namespace ProfileGraph.Emulators.Tests;

/// <summary>The distributions themselves, sampled in-process with a fixed seed.</summary>
public sealed class FaultProfileTests
{
    [Fact]
    public void UniformLatencyStaysWithinItsBounds()
    {
        var profile = new LatencyProfile { Distribution = LatencyDistribution.Uniform, MinMs = 10, MaxMs = 20 };
        var random = new Random(1);
        var samples = Enumerable.Range(0, 10_000).Select(_ => profile.Sample(random).TotalMilliseconds).ToList();

        Assert.InRange(samples.Min(), 10, 10.1);
        Assert.InRange(samples.Max(), 19.9, 20);
    }

    [Fact]
    public void LongTailLatencyHasTheRequestedMedianAndP99()
    {
        var profile = new LatencyProfile { Distribution = LatencyDistribution.LongTail, MedianMs = 20, P99Ms = 500 };
        var random = new Random(2);
        var samples = Enumerable.Range(0, 50_000).Select(_ => profile.Sample(random).TotalMilliseconds).Order().ToList();

        Assert.InRange(samples[samples.Count / 2], 18, 22);
        Assert.InRange(samples[(int)(samples.Count * 0.99)], 430, 580);
    }

    [Fact]
    public void ErrorKindsAreDrawnAtTheirRates()
    {
        var rates = new ErrorRates { ServerError = 0.2, TooManyRequests = 0.1, Timeout = 0.05 };
        var random = new Random(3);
        var draws = Enumerable.Range(0, 100_000).Select(_ => rates.Draw(random)).GroupBy(f => f).ToDictionary(g => g.Key, g => g.Count() / 100_000.0);

        Assert.InRange(draws[InjectedFault.ServerError], 0.19, 0.21);
        Assert.InRange(draws[InjectedFault.TooManyRequests], 0.09, 0.11);
        Assert.InRange(draws[InjectedFault.Timeout], 0.045, 0.055);
        Assert.InRange(draws[InjectedFault.None], 0.64, 0.66);
        Assert.False(draws.ContainsKey(InjectedFault.ConnectionReset));
    }

    [Theory]
    [InlineData(LatencyDistribution.Fixed, 60_001, 0, 0)]
    [InlineData(LatencyDistribution.Fixed, double.NaN, 0, 0)]
    [InlineData(LatencyDistribution.Uniform, 0, 10, 5)]
    [InlineData(LatencyDistribution.Uniform, 0, 0, 1e12)]
    public void LatencyOutsideZeroToSixtySecondsIsRefused(LatencyDistribution distribution, double fixedMs, double minMs, double maxMs)
    {
        var profile = new FaultProfile { Latency = new LatencyProfile { Distribution = distribution, FixedMs = fixedMs, MinMs = minMs, MaxMs = maxMs } };

        Assert.Contains("60000", profile.Validate(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EmulatedProvider.Slack, false)]
    [InlineData(EmulatedProvider.WhatsApp, false)]
    [InlineData(EmulatedProvider.Nandbox, true)]
    public void WebSocketCloseIsAcceptedForNandboxOnly(EmulatedProvider provider, bool accepted)
    {
        var profile = new FaultProfile { Errors = new ErrorRates { WebSocketClose = 0.1 } };

        Assert.Equal(accepted, profile.ValidateFor(provider) is null);
    }

    [Theory]
    [InlineData(0.6, 0.6, "add up")]
    [InlineData(-0.1, 0, "between 0 and 1")]
    public void InvalidRatesAreRefused(double serverError, double timeout, string problem)
    {
        var profile = new FaultProfile { Errors = new ErrorRates { ServerError = serverError, Timeout = timeout } };

        Assert.Contains(problem, profile.Validate(), StringComparison.Ordinal);
    }
}
