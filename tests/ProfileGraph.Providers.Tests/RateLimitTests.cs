using ProfileGraph.Emulators;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Providers.Errors;
using ProfileGraph.Providers.Tests.Infrastructure;

namespace ProfileGraph.Providers.Tests;

/// <summary>The published limits kept by the client, judged by when requests reached the emulator, whose own limiter is on.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task GreenApiGetsNoMoreThanOneGetContactInfoASecondFromFiftyConcurrentCallers()
    {
        // The published 1/s (the test host's generous stand-in removed), and a queue long enough for every caller:
        // those whose turn would come after the total timeout are refused at once, with the wait as retry-after.
        await using var host = await ProviderTestHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Providers:WhatsApp:Resilience:RateLimits:getContactInfo:Permits"] = "1",
                ["Providers:WhatsApp:Resilience:RateLimits:getContactInfo:QueueLimit"] = "50",
                ["Providers:WhatsApp:Resilience:TotalTimeout"] = "00:00:04.500",
            },
            options => options.Faults[EmulatedProvider.WhatsApp] = new FaultProfile());
        var chatIds = host.State.Dataset.WhatsAppContacts.Take(50).Select(contact => contact.ChatId).ToList();

        var calls = chatIds.Select(chatId => Outcomes.Of(() => host.WhatsApp.GetContactInfoAsync(chatId))).ToList();
        var outcomes = await Task.WhenAll(calls).WaitAsync(TimeSpan.FromSeconds(30));

        var times = host.State.Counters.RequestTimes(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetContactInfo);
        var gaps = times.Zip(times.Skip(1), (earlier, later) => later - earlier).ToList();
        Assert.InRange(times.Count, 3, 6);
        Assert.All(gaps, gap => Assert.True(gap >= TimeSpan.FromMilliseconds(1000), $"two getContactInfo calls {gap.TotalMilliseconds} ms apart"));
        Assert.Equal(0, host.Counter(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetContactInfo).OutcomeCount("429"));
        Assert.Equal(times.Count, outcomes.Count(outcome => outcome is null));
        Assert.All(outcomes.OfType<ProviderException>(), failure =>
            Assert.True(failure.Kind == ProviderErrorKind.Timeout || failure is { Kind: ProviderErrorKind.Throttled, RetryAfter: { } wait } && wait > TimeSpan.FromSeconds(3), failure.Message));
    }

    [Fact]
    public async Task AFullQueueRefusesAtOnceWithTheWaitItWouldHaveTaken()
    {
        await using var host = await ProviderTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Providers:WhatsApp:Resilience:RateLimits:getContactInfo:Permits"] = "1",
            ["Providers:WhatsApp:Resilience:RateLimits:getContactInfo:QueueLimit"] = "2",
            ["Providers:WhatsApp:Resilience:TotalTimeout"] = "00:00:04",
        });
        var chatId = host.State.Dataset.WhatsAppContacts[0].ChatId;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Outcomes.Of(() => host.WhatsApp.GetContactInfoAsync(chatId))));

        // One at once, two queued (a second apart), three refused without reaching GREEN-API.
        Assert.Equal(3, outcomes.Count(outcome => outcome is null));
        var refused = outcomes.OfType<ProviderException>().ToList();
        Assert.Equal(3, refused.Count);
        Assert.All(refused, failure =>
        {
            Assert.Equal((ProviderErrorKind.Throttled, "client_rate", false), (failure.Kind, failure.ProviderCode, failure.IsTransient));
            Assert.True(failure.RetryAfter > TimeSpan.Zero);
        });
        Assert.Equal(3, host.Counter(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetContactInfo).Requests);
    }

    [Fact]
    public async Task GetAvatarHasItsOwnTenASecondBudget()
    {
        await using var host = await ProviderTestHost.StartAsync(
            new Dictionary<string, string?> { ["Providers:WhatsApp:Resilience:RateLimits:getContactInfo:Permits"] = "1" },
            options => options.Faults[EmulatedProvider.WhatsApp] = new FaultProfile());
        var chatIds = host.State.Dataset.WhatsAppContacts.Take(20).Select(contact => contact.ChatId).ToList();

        await host.WhatsApp.GetContactInfoAsync(chatIds[0]);
        await Task.WhenAll(chatIds.Select(chatId => host.WhatsApp.GetAvatarAsync(chatId)));

        var times = host.State.Counters.RequestTimes(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetAvatar);
        Assert.Equal(20, times.Count);
        // Any eleven consecutive avatar calls span at least a second; none waited on getContactInfo's budget.
        Assert.All(Enumerable.Range(0, 10), i => Assert.True(times[i + 10] - times[i] >= TimeSpan.FromSeconds(1)));
        Assert.Equal(0, host.Counter(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetAvatar).OutcomeCount("429"));
    }
}
