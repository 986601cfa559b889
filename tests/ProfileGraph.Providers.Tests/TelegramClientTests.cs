using ProfileGraph.Emulators;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Providers.Errors;
using ProfileGraph.Providers.Telegram;
using ProfileGraph.Providers.Tests.Infrastructure;

namespace ProfileGraph.Providers.Tests;

public sealed class TelegramClientTests
{
    [Fact]
    public async Task OneUserCarriesItsOptionalFieldsOnlyWhenSet()
    {
        await using var host = await ProviderTestHost.StartAsync();
        var full = host.State.Dataset.TelegramUsers.First(user => user.LastName is not null && user.Username is not null);
        var bare = host.State.Dataset.TelegramUsers.First(user => user.LastName is null && user.Username is null);

        var fullUser = await host.Telegram.GetUserAsync(full.Key);
        var bareUser = await host.Telegram.GetUserAsync(bare.Key);

        Assert.Equal((full.Key, full.FirstName, full.LastName, full.Username), (fullUser.Key, fullUser.FirstName, fullUser.LastName, fullUser.Username));
        Assert.Equal((bare.Key, bare.FirstName, null, null), (bareUser.Key, bareUser.FirstName, bareUser.LastName, bareUser.Username));
    }

    [Fact]
    public async Task OneListCallReturnsAllTenThousandUsers()
    {
        await using var host = await ProviderTestHost.StartAsync();

        var users = await host.Telegram.ListUsersAsync();

        Assert.Equal(host.State.Dataset.TelegramUsers.Select(user => user.Key), users.Select(user => user.Key));
        var counter = host.Counter(EmulatedProvider.Telegram, EmulatedEndpoints.TelegramListUsers);
        Assert.Equal((1, 1), (counter.Requests, counter.BatchesOfSize(TelegramClient.MaxListLimit)));
    }

    [Fact]
    public async Task ListHonoursItsLimitAndRefusesOnesInfobipWould()
    {
        await using var host = await ProviderTestHost.StartAsync();

        var users = await host.Telegram.ListUsersAsync(limit: 5);

        Assert.Equal(host.State.Dataset.TelegramUsers.Take(5).Select(user => user.Key), users.Select(user => user.Key));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => host.Telegram.ListUsersAsync(limit: 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => host.Telegram.ListUsersAsync(limit: TelegramClient.MaxListLimit + 1));
    }

    [Fact]
    public async Task BasicAuthWorksInsteadOfAnApiKey()
    {
        await using var host = await ProviderTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Providers:Telegram:ApiKey"] = null,
            ["Providers:Telegram:Username"] = "Aladdin",
            ["Providers:Telegram:Password"] = "open sesame",
        });

        var users = await host.Telegram.ListUsersAsync(limit: 1);

        Assert.Single(users);
    }

    [Fact]
    public async Task AnUnknownUserIsNotFoundAndNotRetried()
    {
        await using var host = await ProviderTestHost.StartAsync();

        var failure = await Assert.ThrowsAsync<ProviderException>(() => host.Telegram.GetUserAsync("no-such-user"));

        Assert.Equal((Provider.Telegram, ProviderErrorKind.NotFound, "NOT_FOUND"), (failure.Provider, failure.Kind, failure.ProviderCode));
        Assert.Equal(1, host.Counter(EmulatedProvider.Telegram, EmulatedEndpoints.TelegramGetUser).Requests);
    }

    [Fact]
    public async Task AWrongApiKeyIsUnauthorizedAndNotRetried()
    {
        await using var host = await ProviderTestHost.StartAsync(new Dictionary<string, string?> { ["Providers:Telegram:ApiKey"] = "wrong-key" });

        var failure = await Assert.ThrowsAsync<ProviderException>(() => host.Telegram.ListUsersAsync());

        Assert.Equal((ProviderErrorKind.Unauthorized, "UNAUTHORIZED"), (failure.Kind, failure.ProviderCode));
        Assert.Equal(1, host.Counter(EmulatedProvider.Telegram, EmulatedEndpoints.TelegramListUsers).Requests);
    }

    [Theory]
    [InlineData(nameof(ErrorRates.TooManyRequests), ProviderErrorKind.Throttled, "TOO_MANY_REQUESTS")]
    [InlineData(nameof(ErrorRates.ServerError), ProviderErrorKind.Unavailable, "GENERAL_ERROR")]
    public async Task ThrottlingAndOutagesAreRetriedWithBackoffThenReported(string fault, ProviderErrorKind kind, string code)
    {
        await using var host = await ProviderTestHost.StartAsync(emulator: options => options.Faults[EmulatedProvider.Telegram] = Faults.Always(fault));

        var failure = await Assert.ThrowsAsync<ProviderException>(() => host.Telegram.ListUsersAsync(limit: 1));

        Assert.Equal((kind, code, (TimeSpan?)null), (failure.Kind, failure.ProviderCode, failure.RetryAfter));
        Assert.Equal(4, host.Counter(EmulatedProvider.Telegram, EmulatedEndpoints.TelegramListUsers).Requests);
    }

    [Fact]
    public async Task AnUnreadableAnswerIsABadResponse()
    {
        await using var host = await ProviderTestHost.StartAsync(emulator: options =>
            options.Faults[EmulatedProvider.Telegram] = Faults.Always(nameof(ErrorRates.MalformedResponse)));

        var failure = await Assert.ThrowsAsync<ProviderException>(() => host.Telegram.GetUserAsync(host.State.Dataset.TelegramUsers[0].Key));

        Assert.Equal(ProviderErrorKind.BadResponse, failure.Kind);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(failure.InnerException);
    }

    [Fact]
    public async Task ADroppedConnectionIsUnavailable()
    {
        await using var host = await ProviderTestHost.StartAsync(
            new Dictionary<string, string?> { ["Providers:Telegram:Resilience:Retry:MaxRetries"] = "1" },
            options => options.Faults[EmulatedProvider.Telegram] = Faults.Always(nameof(ErrorRates.ConnectionReset)));

        var failure = await Assert.ThrowsAsync<ProviderException>(() => host.Telegram.ListUsersAsync(limit: 1));

        Assert.Equal(ProviderErrorKind.Unavailable, failure.Kind);
        Assert.IsType<HttpRequestException>(failure.InnerException);
        Assert.Equal(2, host.Counter(EmulatedProvider.Telegram, EmulatedEndpoints.TelegramListUsers).OutcomeCount("reset"));
    }
}
