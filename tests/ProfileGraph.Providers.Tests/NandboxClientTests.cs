using Microsoft.Extensions.DependencyInjection;
using ProfileGraph.Emulators;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Providers.Errors;
using ProfileGraph.Providers.Nandbox;
using ProfileGraph.Providers.Tests.Infrastructure;

namespace ProfileGraph.Providers.Tests;

public sealed class NandboxClientTests
{
    [Fact]
    public async Task AUserCarriesItsPhotoAndThumbnailBytes()
    {
        await using var host = await ProviderTestHost.StartAsync();
        var expected = host.State.Dataset.NandboxUsers.First(user => user.Photo is not null && user.Image is not null);

        var user = await host.Nandbox.GetUserAsync(expected.Id);

        Assert.Equal((expected.Id, expected.Name, expected.Version, expected.IsBot, expected.Status), (user.Id, user.Name, user.Version, user.IsBot, user.Status));
        Assert.Equal(Convert.FromBase64String(expected.Image!), user.Image);
        Assert.Equal([0xFF, 0xD8], user.Image![..2]);
        Assert.Equal(
            (expected.Photo!.Id, expected.Photo.Width, expected.Photo.Height, (long)expected.Photo.Size),
            (user.Photo!.Id, user.Photo.Width!.Value, user.Photo.Height!.Value, user.Photo.Size!.Value));
        Assert.Equal(
            (expected.Photo.Thumbnail.Id, expected.Photo.Thumbnail.Width, expected.Photo.Thumbnail.Height),
            (user.Photo.Thumbnail!.Id, user.Photo.Thumbnail.Width!.Value, user.Photo.Thumbnail.Height!.Value));
    }

    [Fact]
    public async Task AThousandConcurrentGetUsersShareOneSocketAndFindTheirOwnReplies()
    {
        // Each answer waits its own random latency, so replies come back in another order than requests went out.
        await using var host = await ProviderTestHost.StartAsync(emulator: options => options.Faults[EmulatedProvider.Nandbox] = new FaultProfile
        {
            Latency = new LatencyProfile { Distribution = LatencyDistribution.Uniform, MinMs = 10, MaxMs = 400 },
        });
        var ids = host.State.Dataset.NandboxUsers.Take(1000).Select(user => user.Id).ToList();

        var users = await Task.WhenAll(ids.Select(id => host.Nandbox.GetUserAsync(id))).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(ids, users.Select(user => user.Id));
        Assert.Equal(
            host.State.Dataset.NandboxUsers.Take(1000).Select(user => user.Name),
            users.Select(user => user.Name));
        Assert.Equal(1, host.Counter(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxConnect).Requests);
        Assert.Equal(1, host.Counter(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxTokenAuth).Requests);
        Assert.Equal(1000, host.Counter(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxGetUser).OutcomeCount("ok"));
        Assert.Equal(0, host.Services.GetRequiredService<NandboxConnection>().PendingCount);
    }

    [Fact]
    public async Task ADropMidFlightReconnectsReauthenticatesAndRetriesEveryRequest()
    {
        await using var host = await ProviderTestHost.StartAsync(emulator: options => options.Faults[EmulatedProvider.Nandbox] = new FaultProfile
        {
            Latency = new LatencyProfile { Distribution = LatencyDistribution.Fixed, FixedMs = 500 },
        });
        var ids = host.State.Dataset.NandboxUsers.Take(100).Select(user => user.Id).ToList();

        var calls = ids.Select(id => host.Nandbox.GetUserAsync(id)).ToList();
        await ProviderTestHost.EventuallyAsync(() => host.Counter(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxGetUser).Requests == 100, "all 100 are in flight");
        host.State.DropNandboxSockets();
        var users = await Task.WhenAll(calls).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(ids, users.Select(user => user.Id));
        Assert.Equal(2, host.Counter(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxConnect).Requests);
        Assert.Equal(2, host.Counter(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxTokenAuth).OutcomeCount("ok"));
        Assert.Equal(100, host.Counter(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxGetUser).OutcomeCount("ok"));
        Assert.Contains(host.Logs.Entries, entry => entry.Text.Contains("Nandbox socket dropped; reconnecting", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutRetriesADropFailsEveryRequestInFlightAtOnceAndTheNextOneReconnects()
    {
        await using var host = await ProviderTestHost.StartAsync(
            new Dictionary<string, string?> { ["Providers:Nandbox:Resilience:Retry:MaxRetries"] = "0" },
            options => options.Faults[EmulatedProvider.Nandbox] = new FaultProfile { Latency = new LatencyProfile { Distribution = LatencyDistribution.Fixed, FixedMs = 1000 } });
        var ids = host.State.Dataset.NandboxUsers.Take(20).Select(user => user.Id).ToList();

        var calls = ids.Select(id => Outcomes.Of(() => host.Nandbox.GetUserAsync(id))).ToList();
        await ProviderTestHost.EventuallyAsync(() => host.Counter(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxGetUser).Requests == 20, "all 20 are in flight");
        host.State.DropNandboxSockets();
        // Well inside the 2 s per-request timeout: they fail because the socket ended, not because they waited it out.
        var failures = await Task.WhenAll(calls).WaitAsync(TimeSpan.FromSeconds(1.5));

        Assert.All(failures, failure => Assert.Equal((ProviderErrorKind.Unavailable, "socket_closed"), (failure!.Kind, failure.ProviderCode)));
        host.State.SetFaults(EmulatedProvider.Nandbox, new FaultProfile());
        Assert.Equal(ids[0], (await host.Nandbox.GetUserAsync(ids[0])).Id);
        Assert.Equal(2, host.Counter(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxTokenAuth).OutcomeCount("ok"));
    }

    [Fact]
    public async Task AnUnansweredRequestTimesOutAndLeavesNothingPending()
    {
        await using var host = await ProviderTestHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Providers:Nandbox:RequestTimeout"] = "00:00:00.300",
                ["Providers:Nandbox:Resilience:Retry:MaxRetries"] = "1",
            },
            options => options.Faults[EmulatedProvider.Nandbox] = new FaultProfile { Errors = new ErrorRates { Timeout = 1 } });

        var failure = await Assert.ThrowsAsync<ProviderException>(() => host.Nandbox.GetUserAsync(host.State.Dataset.NandboxUsers[0].Id));

        Assert.Equal((ProviderErrorKind.Timeout, "no_reply"), (failure.Kind, failure.ProviderCode));
        Assert.Equal(2, host.Counter(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxGetUser).OutcomeCount("timeout"));
        Assert.Equal(0, host.Services.GetRequiredService<NandboxConnection>().PendingCount);
    }

    [Fact]
    public async Task TheSocketIsKeptAliveWithPings()
    {
        await using var host = await ProviderTestHost.StartAsync(new Dictionary<string, string?> { ["Providers:Nandbox:PingInterval"] = "00:00:00.100" });

        await host.Nandbox.GetUserAsync(host.State.Dataset.NandboxUsers[0].Id);

        await ProviderTestHost.EventuallyAsync(() => host.Counter(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxPing).Requests >= 3, "three pings arrived");
        Assert.Equal(1, host.Counter(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxConnect).Requests);
    }

    [Fact]
    public async Task AnUnknownUserIsNotFoundAndNotRetried()
    {
        await using var host = await ProviderTestHost.StartAsync();

        var failure = await Assert.ThrowsAsync<ProviderException>(() => host.Nandbox.GetUserAsync("90000000000000000"));

        Assert.Equal((Provider.Nandbox, ProviderErrorKind.NotFound, "User not found"), (failure.Provider, failure.Kind, failure.ProviderCode));
        Assert.Equal(1, host.Counter(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxGetUser).Requests);
    }

    [Theory]
    [InlineData("Providers:Nandbox:Token", "90091783736521285:0:profilegraph-emulator-limited", ProviderErrorKind.Forbidden)]
    [InlineData("Providers:Nandbox:AppId", "90090684293000000", ProviderErrorKind.Forbidden)]
    [InlineData("Providers:Nandbox:Token", "90091783736521284:0:not-the-secret", ProviderErrorKind.Unauthorized)]
    public async Task RefusedCredentialsAreForbiddenOrUnauthorizedAndNotRetried(string key, string value, ProviderErrorKind kind)
    {
        await using var host = await ProviderTestHost.StartAsync(new Dictionary<string, string?> { [key] = value });

        var failure = await Assert.ThrowsAsync<ProviderException>(() => host.Nandbox.GetUserAsync(host.State.Dataset.NandboxUsers[0].Id));

        Assert.Equal(kind, failure.Kind);
        Assert.DoesNotContain("not-the-secret", failure.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, host.Counter(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxTokenAuth).Requests);
    }

    [Theory]
    [InlineData(nameof(ErrorRates.ServerError), ProviderErrorKind.Unavailable, 4)]
    [InlineData(nameof(ErrorRates.TooManyRequests), ProviderErrorKind.Throttled, 4)]
    [InlineData(nameof(ErrorRates.MalformedResponse), ProviderErrorKind.BadResponse, 1)]
    public async Task ErrorFramesAndUnreadableRepliesMapLikeHttpOnes(string fault, ProviderErrorKind kind, int requests)
    {
        await using var host = await ProviderTestHost.StartAsync(emulator: options => options.Faults[EmulatedProvider.Nandbox] = Faults.Always(fault));

        var failure = await Assert.ThrowsAsync<ProviderException>(() => host.Nandbox.GetUserAsync(host.State.Dataset.NandboxUsers[0].Id));

        Assert.Equal(kind, failure.Kind);
        Assert.Equal(requests, host.Counter(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxGetUser).Requests);
    }
}
