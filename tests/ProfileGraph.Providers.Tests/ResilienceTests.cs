using Polly.CircuitBreaker;
using ProfileGraph.Emulators;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Providers.Errors;
using ProfileGraph.Providers.Tests.Infrastructure;

namespace ProfileGraph.Providers.Tests;

public sealed class ResilienceTests
{
    private static readonly Dictionary<string, string?> SmallBreaker = new()
    {
        ["Providers:Telegram:Resilience:Retry:MaxRetries"] = "0",
        ["Providers:Telegram:Resilience:CircuitBreaker:MinimumThroughput"] = "4",
        ["Providers:Telegram:Resilience:CircuitBreaker:FailureRatio"] = "0.5",
        ["Providers:Telegram:Resilience:CircuitBreaker:SamplingDuration"] = "00:00:10",
        ["Providers:Telegram:Resilience:CircuitBreaker:BreakDuration"] = "00:00:00.500",
    };

    [Fact]
    public async Task TheBreakerOpensUnderAFullOutageFailsFastAndClosesAfterRecovery()
    {
        await using var host = await ProviderTestHost.StartAsync(SmallBreaker, options =>
            options.Faults[EmulatedProvider.Telegram] = Faults.Always(nameof(ErrorRates.ServerError)));
        using var metrics = host.Metrics();
        Assert.Equal(CircuitState.Closed, host.Status.Get(Provider.Telegram).Breaker);

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(ProviderErrorKind.Unavailable, (await Outcomes.Of(() => host.Telegram.ListUsersAsync(limit: 1)))!.Kind);
        }

        Assert.Equal(CircuitState.Open, host.Status.Get(Provider.Telegram).Breaker);
        var rejected = await Outcomes.Of(() => host.Telegram.ListUsersAsync(limit: 1));
        Assert.Equal(ProviderErrorKind.Unavailable, rejected!.Kind);
        Assert.IsType<BrokenCircuitException>(rejected.InnerException);
        Assert.Equal(4, host.Counter(EmulatedProvider.Telegram, EmulatedEndpoints.TelegramListUsers).Requests);

        host.State.SetFaults(EmulatedProvider.Telegram, new FaultProfile { RateLimits = false });
        // Open for the break duration, then the first call is the trial that closes it.
        await ProviderTestHost.EventuallyAsync(async () => await Outcomes.Of(() => host.Telegram.ListUsersAsync(limit: 1)) is null, "a trial call succeeds");

        Assert.Equal(5, host.Counter(EmulatedProvider.Telegram, EmulatedEndpoints.TelegramListUsers).Requests);
        Assert.Equal(CircuitState.Closed, host.Status.Get(Provider.Telegram).Breaker);
        Assert.Equal(1, metrics.Sum("profilegraph.provider.resilience_events", ("provider", "Telegram"), ("event", "circuit_opened")));
        Assert.Equal(1, metrics.Sum("profilegraph.provider.resilience_events", ("provider", "Telegram"), ("event", "circuit_closed")));
        Assert.Contains(host.Logs.Entries, entry => entry.Text.StartsWith("Telegram: circuit opened", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Entries, entry => entry.Text.StartsWith("Telegram: circuit closed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MissingUsersDoNotOpenTheBreakerNorCountAsErrors()
    {
        await using var host = await ProviderTestHost.StartAsync(SmallBreaker);

        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(ProviderErrorKind.NotFound, (await Outcomes.Of(() => host.Telegram.GetUserAsync("missing-" + i)))!.Kind);
        }

        var status = host.Status.Get(Provider.Telegram);
        Assert.Equal((CircuitState.Closed, 6L, 0L, 0d, (ProviderErrorKind?)null), (status.Breaker, status.Calls, status.Failures, status.ErrorRate, status.LastError));
    }

    [Fact]
    public async Task TheStatusViewReportsEachProvidersRecentErrorRate()
    {
        await using var host = await ProviderTestHost.StartAsync(
            new Dictionary<string, string?> { ["Providers:WhatsApp:Resilience:Retry:MaxRetries"] = "0" },
            options => options.Faults[EmulatedProvider.WhatsApp] = new FaultProfile { RateLimits = false, Errors = new ErrorRates { ServerError = 0.5 } });
        var chatIds = host.State.Dataset.WhatsAppContacts.Take(40).Select(contact => contact.ChatId);

        var outcomes = await Task.WhenAll(chatIds.Select(chatId => Outcomes.Of(() => host.WhatsApp.GetAvatarAsync(chatId))));

        var status = host.Status.Get(Provider.WhatsApp);
        Assert.Equal(40, status.Calls);
        Assert.Equal(outcomes.Count(outcome => outcome is not null), status.Failures);
        Assert.Equal(status.Failures / 40d, status.ErrorRate);
        Assert.Equal(ProviderErrorKind.Unavailable, status.LastError);
        Assert.Equal(TimeSpan.FromMinutes(1), status.Window);
        Assert.Equal(Enum.GetValues<Provider>(), host.Status.GetAll().Select(each => each.Provider));
        Assert.Equal(0, host.Status.Get(Provider.Slack).Calls);
    }

    [Fact]
    public async Task CallsRetriesAndTimeoutsAreCountedAsMetrics()
    {
        await using var host = await ProviderTestHost.StartAsync(
            new Dictionary<string, string?> { ["Providers:Slack:Resilience:AttemptTimeout"] = "00:00:00.300" });
        using var metrics = host.Metrics();

        host.State.SetFaults(EmulatedProvider.Slack, new FaultProfile { RateLimits = false });
        await host.Slack.GetProfileAsync();
        host.State.SetFaults(EmulatedProvider.Slack, Faults.Always(nameof(ErrorRates.Timeout)));
        await Outcomes.Of(() => host.Slack.GetProfileAsync());

        Assert.Equal(1, metrics.Sum("profilegraph.provider.calls", ("provider", "Slack"), ("operation", "users.profile.get"), ("outcome", "Timeout")));
        Assert.Equal(1, metrics.Sum("profilegraph.provider.calls", ("provider", "Slack"), ("outcome", "success")));
        Assert.Equal(3, metrics.Sum("profilegraph.provider.resilience_events", ("provider", "Slack"), ("event", "retry")));
        Assert.Equal(4, metrics.Sum("profilegraph.provider.resilience_events", ("provider", "Slack"), ("event", "timeout")));
        Assert.True(metrics.Sum("profilegraph.provider.call_duration", ("provider", "Slack")) > 0);

        // Every call waited (if only a moment) for Slack's concurrency and rate limits.
        Assert.True(metrics.Count("profilegraph.provider.limiter.wait", ("provider", "Slack"), ("limit", "rate")) >= 5, metrics.Describe());

        // Polly.Extensions' standard instruments too (its meter is shared by parallel tests: at least this test's).
        Assert.True(metrics.Sum("resilience.polly.strategy.events", ("pipeline.name", "Slack"), ("event.name", "OnRetry")) >= 3, metrics.Describe());
    }
}
