using ProfileGraph.Emulators;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Emulators.Slack;
using ProfileGraph.Providers.Errors;
using ProfileGraph.Providers.Tests.Infrastructure;

namespace ProfileGraph.Providers.Tests;

public sealed class SlackClientTests
{
    [Fact]
    public async Task ProfileCarriesEveryFieldTheEmulatorSent()
    {
        await using var host = await ProviderTestHost.StartAsync();
        var expected = host.State.Dataset.SlackUsers.First(user => !user.IsBot && !user.Deleted && user.Profile.ImageOriginal is not null);

        var profile = await host.Slack.GetProfileAsync(expected.Id);

        Assert.Equal(expected.Profile.RealName, profile.RealName);
        Assert.Equal(expected.Profile.DisplayNameNormalized, profile.DisplayNameNormalized);
        Assert.Equal(expected.Profile.Email, profile.Email);
        Assert.Equal(expected.Profile.Phone, profile.Phone);
        Assert.Equal(expected.Profile.Title, profile.Title);
        Assert.Equal(expected.Profile.StatusEmoji, profile.StatusEmoji);
        Assert.Equal(expected.Profile.StartDate, profile.StartDate);
        Assert.Equal(
            new[] { expected.Profile.Image24, expected.Profile.Image32, expected.Profile.Image48, expected.Profile.Image72, expected.Profile.Image192, expected.Profile.Image512, expected.Profile.ImageOriginal },
            new[] { profile.Image24, profile.Image32, profile.Image48, profile.Image72, profile.Image192, profile.Image512, profile.ImageOriginal });
        Assert.Equal(expected.Profile.Team, profile.Team);
        Assert.Equal(expected.Profile.IsCustomImage, profile.IsCustomImage);
        Assert.Equal(expected.Profile.Fields.Keys.Order(), profile.Fields!.Keys.Order());
        Assert.All(profile.Fields, field =>
        {
            Assert.Equal(expected.Profile.Fields[field.Key].Value, field.Value.Value);
            Assert.Null(field.Value.Label);
        });
        Assert.Null(profile.AdditionalFields);
    }

    [Fact]
    public async Task ProfileWithLabelsNamesEachCustomField()
    {
        await using var host = await ProviderTestHost.StartAsync();
        var expected = host.State.Dataset.SlackUsers.First(user => user.Profile.Fields.Count > 0);

        var profile = await host.Slack.GetProfileAsync(expected.Id, includeLabels: true);

        Assert.NotEmpty(profile.Fields!);
        Assert.All(profile.Fields!, field => Assert.Equal(host.State.Dataset.SlackFieldLabels[field.Key], field.Value.Label));
    }

    [Fact]
    public async Task ProfileWithoutAUserIsTheTokenOwners()
    {
        await using var host = await ProviderTestHost.StartAsync();
        var owner = host.State.Dataset.SlackUsers.First(user => !user.IsBot && !user.Deleted);

        var profile = await host.Slack.GetProfileAsync();

        Assert.Equal(owner.Profile.RealName, profile.RealName);
    }

    [Fact]
    public async Task UsersInfoCarriesTheAccountAroundTheProfile()
    {
        await using var host = await ProviderTestHost.StartAsync();
        var deleted = host.State.Dataset.SlackUsers.First(user => user.Deleted);
        var bot = host.State.Dataset.SlackUsers.First(user => user.IsBot);

        var deletedUser = await host.Slack.GetUserAsync(deleted.Id);
        var botUser = await host.Slack.GetUserAsync(bot.Id);

        Assert.True(deletedUser.Deleted);
        Assert.Equal(deleted.Tz, deletedUser.Tz);
        Assert.Equal(deleted.TzLabel, deletedUser.TzLabel);
        Assert.Equal(deleted.TzOffset, deletedUser.TzOffset);
        Assert.Equal(deleted.TeamId, deletedUser.TeamId);
        Assert.Equal(deleted.Updated, deletedUser.Updated);
        Assert.Equal(deleted.Profile.RealName, deletedUser.Profile!.RealName);
        Assert.True(botUser.IsBot);
        Assert.Equal(bot.Profile.BotId, botUser.Profile!.BotId);
        Assert.True(botUser.Profile.AlwaysActive);
        Assert.Null(botUser.Profile.Email);
    }

    [Fact]
    public async Task AnUnknownUserIsNotFoundAndNotRetried()
    {
        await using var host = await ProviderTestHost.StartAsync();

        var failure = await Assert.ThrowsAsync<ProviderException>(() => host.Slack.GetUserAsync("U0NOSUCHUSER"));

        Assert.Equal((Provider.Slack, ProviderErrorKind.NotFound, "user_not_found"), (failure.Provider, failure.Kind, failure.ProviderCode));
        Assert.Equal(1, host.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersInfo).Requests);
    }

    [Theory]
    [InlineData("xoxb-not-a-real-token", ProviderErrorKind.Unauthorized, "invalid_auth")]
    [InlineData("xoxb-profilegraph-emulator-inactive", ProviderErrorKind.Unauthorized, "account_inactive")]
    [InlineData("xoxb-profilegraph-emulator-chat-only", ProviderErrorKind.Forbidden, "missing_scope")]
    public async Task RefusedTokensAreUnauthorizedOrForbiddenAndNotRetried(string token, ProviderErrorKind kind, string code)
    {
        await using var host = await ProviderTestHost.StartAsync(new Dictionary<string, string?> { ["Providers:Slack:Token"] = token });

        var failure = await Assert.ThrowsAsync<ProviderException>(() => host.Slack.GetProfileAsync());

        Assert.Equal((kind, code), (failure.Kind, failure.ProviderCode));
        Assert.DoesNotContain(token, failure.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, host.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet).Requests);
    }

    [Fact]
    public async Task RetryAfterIsHonouredEvenBeyondTheBackoffCap()
    {
        // The emulator allows one call a second; the client's own limit is far above, so the emulator throttles.
        await using var host = await ProviderTestHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Providers:Slack:Resilience:RateLimits:users.profile.get:Permits"] = "1000",
                ["Providers:Slack:Resilience:Retry:MaxDelay"] = "00:00:00.100",
            },
            options =>
            {
                options.Faults[EmulatedProvider.Slack] = new FaultProfile();
                options.Slack.ProfileGetLimit = new RateLimitRule(1, TimeSpan.FromSeconds(1));
            });

        await host.Slack.GetProfileAsync();
        var second = await host.Slack.GetProfileAsync();

        Assert.NotNull(second.RealName);
        var counter = host.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet);
        Assert.Equal(1, counter.OutcomeCount("429"));
        var times = host.State.Counters.RequestTimes(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet);
        Assert.Equal(3, times.Count);
        // The 429 said "Retry-After: 1"; the backoff alone would have come back within 100 ms.
        Assert.True(times[2] - times[1] >= TimeSpan.FromMilliseconds(950), $"retried after {(times[2] - times[1]).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task ARetryAfterLongerThanWorthWaitingFailsAtOnceCarryingIt()
    {
        await using var host = await ProviderTestHost.StartAsync(
            new Dictionary<string, string?> { ["Providers:Slack:Resilience:RateLimits:users.profile.get:Permits"] = "1000" },
            options =>
            {
                options.Faults[EmulatedProvider.Slack] = new FaultProfile();
                options.Slack.ProfileGetLimit = new RateLimitRule(1, TimeSpan.FromMinutes(1));
            });
        await host.Slack.GetProfileAsync();

        var failure = await Assert.ThrowsAsync<ProviderException>(() => host.Slack.GetProfileAsync());

        Assert.Equal((ProviderErrorKind.Throttled, "ratelimited"), (failure.Kind, failure.ProviderCode));
        Assert.InRange(failure.RetryAfter!.Value, TimeSpan.FromSeconds(50), TimeSpan.FromSeconds(60));
        Assert.Equal(2, host.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet).Requests);
    }

    [Fact]
    public async Task RatelimitedIsThrottlingEvenAsHttp200WithoutRetryAfter()
    {
        await using var host = await ProviderTestHost.StartAsync(
            new Dictionary<string, string?> { ["Providers:Slack:Resilience:Retry:MaxRetries"] = "2" },
            options =>
            {
                options.Faults[EmulatedProvider.Slack] = Faults.Always(nameof(ErrorRates.TooManyRequests));
                options.Slack.RateLimitedWithHttp200 = true;
            });

        var failure = await Assert.ThrowsAsync<ProviderException>(() => host.Slack.GetProfileAsync());

        Assert.Equal((ProviderErrorKind.Throttled, "ratelimited", (TimeSpan?)null), (failure.Kind, failure.ProviderCode, failure.RetryAfter));
        var counter = host.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet);
        Assert.Equal(3, counter.Requests);
        Assert.Equal(3, counter.OutcomeCount("200"));
    }

    [Fact]
    public async Task AnOutageIsRetriedThenUnavailable()
    {
        await using var host = await ProviderTestHost.StartAsync(emulator: options =>
            options.Faults[EmulatedProvider.Slack] = Faults.Always(nameof(ErrorRates.ServerError)));

        var failure = await Assert.ThrowsAsync<ProviderException>(() => host.Slack.GetUserAsync(host.State.Dataset.SlackUsers[0].Id));

        Assert.Equal((ProviderErrorKind.Unavailable, "service_unavailable"), (failure.Kind, failure.ProviderCode));
        Assert.Equal(4, host.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersInfo).OutcomeCount("503"));
    }

    [Fact]
    public async Task AnUnreadableAnswerIsABadResponseAndNotRetried()
    {
        await using var host = await ProviderTestHost.StartAsync(emulator: options =>
            options.Faults[EmulatedProvider.Slack] = Faults.Always(nameof(ErrorRates.MalformedResponse)));

        var failure = await Assert.ThrowsAsync<ProviderException>(() => host.Slack.GetProfileAsync());

        Assert.Equal(ProviderErrorKind.BadResponse, failure.Kind);
        Assert.Equal(1, host.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet).Requests);
    }

    [Fact]
    public async Task AHungProviderEndsAtTheTimeout()
    {
        await using var host = await ProviderTestHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Providers:Slack:Resilience:AttemptTimeout"] = "00:00:00.300",
                ["Providers:Slack:Resilience:TotalTimeout"] = "00:00:02",
            },
            options => options.Faults[EmulatedProvider.Slack] = Faults.Always(nameof(ErrorRates.Timeout)));

        var failure = await Assert.ThrowsAsync<ProviderException>(() => host.Slack.GetProfileAsync());

        Assert.Equal(ProviderErrorKind.Timeout, failure.Kind);
        // Attempts timed out and were retried until the total timeout ended the call.
        Assert.InRange(host.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet).OutcomeCount("timeout"), 2, 7);
    }
}
