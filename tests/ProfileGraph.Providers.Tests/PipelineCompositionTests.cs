using Microsoft.Extensions.DependencyInjection;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Testing;
using Polly.Timeout;
using ProfileGraph.Providers.Resilience;
using ProfileGraph.Providers.Tests.Infrastructure;

namespace ProfileGraph.Providers.Tests;

/// <summary>Each provider's pipeline, read with Polly.Testing: its strategies in order, and the defaults they were built with.</summary>
public sealed class PipelineCompositionTests
{
    [Theory]
    [InlineData(Provider.Slack, 10, 4, true)]
    [InlineData(Provider.Telegram, 15, 8, false)]
    [InlineData(Provider.WhatsApp, 20, 8, true)]
    [InlineData(Provider.Nandbox, 15, 8, false)]
    public async Task Total_timeout_retry_breaker_concurrency_rate_limits_attempt_timeout(Provider provider, int totalSeconds, int attemptSeconds, bool rateLimited)
    {
        await using var host = await ProviderTestHost.StartAsync(Defaults(provider));
        var pipeline = host.Services.GetRequiredService<ResiliencePipelineProvider<Provider>>().GetPipeline(provider).GetPipelineDescriptor();

        var strategies = pipeline.Strategies;
        Assert.Equal(TimeSpan.FromSeconds(totalSeconds), Assert.IsType<TimeoutStrategyOptions>(strategies[0].Options).Timeout);
        Assert.True(Assert.IsType<RetryStrategyOptions>(strategies[1].Options).MaxRetryAttempts > 0);
        var breaker = Assert.IsType<CircuitBreakerStrategyOptions>(strategies[2].Options);
        Assert.Equal((0.5, 10, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(15)), (breaker.FailureRatio, breaker.MinimumThroughput, breaker.SamplingDuration, breaker.BreakDuration));
        Assert.IsType<LimiterStrategy>(strategies[3].StrategyInstance);
        if (rateLimited)
        {
            Assert.IsType<LimiterStrategy>(strategies[4].StrategyInstance);
        }

        Assert.Equal(rateLimited ? 6 : 5, strategies.Count);
        Assert.Equal(TimeSpan.FromSeconds(attemptSeconds), Assert.IsType<TimeoutStrategyOptions>(strategies[^1].Options).Timeout);
    }

    /// <summary>The test host's settings less its test-sized resilience for <paramref name="provider"/>: the service's defaults.</summary>
    private static Dictionary<string, string?> Defaults(Provider provider) => new()
    {
        [$"Providers:{provider}:Resilience:TotalTimeout"] = null,
        [$"Providers:{provider}:Resilience:AttemptTimeout"] = null,
        [$"Providers:{provider}:Resilience:CircuitBreaker:MinimumThroughput"] = null,
        [$"Providers:{provider}:Resilience:CircuitBreaker:FailureRatio"] = null,
        [$"Providers:{provider}:Resilience:CircuitBreaker:SamplingDuration"] = null,
        [$"Providers:{provider}:Resilience:CircuitBreaker:BreakDuration"] = null,
    };
}
