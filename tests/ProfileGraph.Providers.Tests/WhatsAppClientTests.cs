using ProfileGraph.Emulators;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Providers.Errors;
using ProfileGraph.Providers.Tests.Infrastructure;

namespace ProfileGraph.Providers.Tests;

public sealed class WhatsAppClientTests
{
    [Fact]
    public async Task ABusinessContactCarriesItsBusinessFieldsAndProducts()
    {
        await using var host = await ProviderTestHost.StartAsync();
        var expected = host.State.Dataset.WhatsAppContacts.First(contact => contact.IsBusiness && contact.Products.Count > 1);

        var contact = await host.WhatsApp.GetContactInfoAsync(expected.ChatId);

        Assert.Equal(
            (expected.ChatId, expected.Name, expected.ContactName, expected.Email, expected.Category, expected.Description, expected.Avatar, true),
            (contact.ChatId, contact.Name, contact.ContactName, contact.Email, contact.Category, contact.Description, contact.Avatar, contact.IsBusiness));
        Assert.Equal(
            (expected.LastSeen, expected.IsArchive, expected.IsDisappearing, expected.IsMute, (long?)expected.MessageExpiration, expected.MuteExpiration),
            (contact.LastSeen, contact.IsArchive, contact.IsDisappearing, contact.IsMute, contact.MessageExpiration, contact.MuteExpiration));
        Assert.Equal(expected.Products.Count, contact.Products!.Count);
        foreach (var (wire, read) in expected.Products.Zip(contact.Products))
        {
            Assert.Equal(
                (wire.Id, wire.Name, wire.Description, wire.Price, wire.Availability, wire.IsHidden, wire.ReviewStatus.Whatsapp, wire.ImageUrls.Requested, wire.ImageUrls.Original),
                (read.Id, read.Name, read.Description, read.Price, read.Availability, read.IsHidden, read.ReviewStatus!.Whatsapp, read.ImageUrls!.Requested, read.ImageUrls.Original));
        }
    }

    [Fact]
    public async Task ANumberNeverTalkedToAnswersWithEmptyNames()
    {
        await using var host = await ProviderTestHost.StartAsync();

        var contact = await host.WhatsApp.GetContactInfoAsync("79990000001@c.us");

        Assert.Equal(("79990000001@c.us", "", "", false), (contact.ChatId, contact.Name, contact.ContactName, contact.IsBusiness));
        Assert.Empty(contact.Products!);
    }

    [Fact]
    public async Task GetAvatarAnswersTheAvatarAlone()
    {
        await using var host = await ProviderTestHost.StartAsync();
        var expected = host.State.Dataset.WhatsAppContacts.First(contact => contact.Avatar.Length > 0);

        var avatar = await host.WhatsApp.GetAvatarAsync(expected.ChatId);

        Assert.Equal((expected.Avatar, true), (avatar.UrlAvatar, avatar.Available));
        Assert.Equal(0, host.Counter(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetContactInfo).Requests);
    }

    [Fact]
    public async Task GroupChatsAreRefusedBeforeCalling()
    {
        await using var host = await ProviderTestHost.StartAsync();

        var failure = await Assert.ThrowsAsync<ProviderException>(() => host.WhatsApp.GetContactInfoAsync("120363025246125486@g.us"));

        Assert.Equal((ProviderErrorKind.InvalidRequest, "group_chat"), (failure.Kind, failure.ProviderCode));
        Assert.Equal(0, host.Counter(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetContactInfo).Requests);
    }

    [Fact]
    public async Task AMalformedChatIdIsRefusedByGreenApiAndNotRetried()
    {
        await using var host = await ProviderTestHost.StartAsync();

        var failure = await Assert.ThrowsAsync<ProviderException>(() => host.WhatsApp.GetContactInfoAsync("12@c.us"));

        Assert.Equal(ProviderErrorKind.InvalidRequest, failure.Kind);
        Assert.StartsWith("Validation failed", failure.ProviderCode, StringComparison.Ordinal);
        Assert.Equal(1, host.Counter(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetContactInfo).Requests);
    }

    [Theory]
    [InlineData("Providers:WhatsApp:ApiTokenInstance", "0000wrongtoken0000", ProviderErrorKind.Unauthorized)]
    [InlineData("Providers:WhatsApp:IdInstance", "1101999999", ProviderErrorKind.Forbidden)]
    public async Task AWrongTokenIsUnauthorizedAndAWrongInstanceForbidden(string key, string value, ProviderErrorKind kind)
    {
        await using var host = await ProviderTestHost.StartAsync(new Dictionary<string, string?> { [key] = value });

        var failure = await Assert.ThrowsAsync<ProviderException>(() => host.WhatsApp.GetAvatarAsync(host.State.Dataset.WhatsAppContacts[0].ChatId));

        Assert.Equal(kind, failure.Kind);
        Assert.Equal(1, host.Counter(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetAvatar).Requests);
    }

    [Fact]
    public async Task AnExhaustedMonthlyQuotaIsThrottlingThatNoRetryFixes()
    {
        await using var host = await ProviderTestHost.StartAsync(emulator: options => options.WhatsApp.MonthlyQuota = 1);
        var chatId = host.State.Dataset.WhatsAppContacts[0].ChatId;
        await host.WhatsApp.GetContactInfoAsync(chatId);

        var failure = await Assert.ThrowsAsync<ProviderException>(() => host.WhatsApp.GetContactInfoAsync(chatId));

        Assert.Equal((ProviderErrorKind.Throttled, "QUOTE_EXCEEDED", false), (failure.Kind, failure.ProviderCode, failure.IsTransient));
        Assert.Equal(1, host.Counter(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetContactInfo).OutcomeCount("466"));
    }

    [Theory]
    [InlineData(nameof(ErrorRates.ServerError), ProviderErrorKind.Unavailable, "502")]
    [InlineData(nameof(ErrorRates.TooManyRequests), ProviderErrorKind.Throttled, "429")]
    public async Task GatewayErrorsAndThrottlingAreRetriedThenReported(string fault, ProviderErrorKind kind, string status)
    {
        await using var host = await ProviderTestHost.StartAsync(emulator: options => options.Faults[EmulatedProvider.WhatsApp] = Faults.Always(fault));

        var failure = await Assert.ThrowsAsync<ProviderException>(() => host.WhatsApp.GetContactInfoAsync(host.State.Dataset.WhatsAppContacts[0].ChatId));

        Assert.Equal((kind, status), (failure.Kind, failure.ProviderCode));
        Assert.Equal(4, host.Counter(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetContactInfo).OutcomeCount(status));
    }

    [Fact]
    public async Task AnUnreadableAnswerIsABadResponse()
    {
        await using var host = await ProviderTestHost.StartAsync(emulator: options =>
            options.Faults[EmulatedProvider.WhatsApp] = Faults.Always(nameof(ErrorRates.MalformedResponse)));

        var failure = await Assert.ThrowsAsync<ProviderException>(() => host.WhatsApp.GetAvatarAsync(host.State.Dataset.WhatsAppContacts[0].ChatId));

        Assert.Equal(ProviderErrorKind.BadResponse, failure.Kind);
    }
}
