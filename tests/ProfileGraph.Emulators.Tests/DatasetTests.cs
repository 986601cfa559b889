using System.Text.Json;
using ProfileGraph.Emulators.Data;
using ProfileGraph.Emulators.Tests.Infrastructure;

namespace ProfileGraph.Emulators.Tests;

public sealed class DatasetTests
{
    private static readonly EmulatorDataset Dataset = EmulatorDataset.Default;

    [Fact]
    public void HasTheDocumentedSizes()
    {
        Assert.Equal(10_000, Dataset.TelegramUsers.Count);
        Assert.Equal(2_000, Dataset.SlackUsers.Count);
        Assert.Equal(500, Dataset.WhatsAppContacts.Count);
        Assert.Equal(1_000, Dataset.NandboxUsers.Count);
        Assert.Equal(Dataset.TelegramUsers.Count, Dataset.TelegramUsersByKey.Count);
        Assert.Equal(Dataset.SlackUsers.Count, Dataset.SlackUsersById.Count);
        Assert.Equal(Dataset.WhatsAppContacts.Count, Dataset.WhatsAppContactsByChatId.Count);
        Assert.Equal(Dataset.NandboxUsers.Count, Dataset.NandboxUsersById.Count);
    }

    [Fact]
    public void TheSameSeedGivesTheSameDataAndAnotherSeedDifferentData()
    {
        var again = new EmulatorDatasetGenerator(EmulatorDataset.DefaultSeed).Generate();
        var other = new EmulatorDatasetGenerator(EmulatorDataset.DefaultSeed + 1).Generate();

        Assert.Equal(Fingerprint(Dataset), Fingerprint(again));
        Assert.NotEqual(Fingerprint(Dataset), Fingerprint(other));
    }

    [Fact]
    public void SlackHasBotsDeactivatedUsersAndLabelledCustomFields()
    {
        Assert.InRange(Dataset.SlackUsers.Count(u => u.IsBot), 30, 50);
        Assert.InRange(Dataset.SlackUsers.Count(u => u.Deleted && !u.IsBot), 50, 150);
        Assert.All(Dataset.SlackUsers.Where(u => u.IsBot), bot => Assert.NotNull(bot.Profile.AlwaysActive));
        var fieldIds = Dataset.SlackUsers.SelectMany(u => u.Profile.Fields.Keys).Distinct().ToList();
        Assert.Equal(Dataset.SlackFieldLabels.Keys.Order(), fieldIds.Order());
    }

    [Fact]
    public void WhatsAppHasBusinessesWithProductsAndImageUrls()
    {
        var businesses = Dataset.WhatsAppContacts.Where(c => c.IsBusiness).ToList();

        Assert.InRange(businesses.Count, 80, 200);
        Assert.Contains(businesses, b => b.Products.Count > 0);
        Assert.All(businesses.SelectMany(b => b.Products), p => Assert.StartsWith("https://", p.ImageUrls.Original, StringComparison.Ordinal));
        Assert.All(Dataset.WhatsAppContacts, c => Assert.Matches(@"^[1-9]\d{4,19}@c\.us$", c.ChatId));
    }

    [Fact]
    public void NandboxPhotosAreRealSmallJpegs()
    {
        var images = Dataset.NandboxUsers.Where(u => u.Image is not null).Select(u => u.Image!).Distinct().ToList();

        Assert.InRange(Dataset.NandboxUsers.Count(u => u.Photo is not null), 700, 950);
        Assert.True(images.Count > 1);
        Assert.All(images, image => Assert.Equal((32, 32), JpegStructure.Dimensions(Convert.FromBase64String(image))));
    }

    [Fact]
    public void LinkedPeopleLineUpAcrossProviders()
    {
        Assert.Equal(700, Dataset.LinkedPeople.Count);
        Assert.Equal(300, Dataset.LinkedPeople.Count(p => p.TelegramKey is not null && p.SlackUserId is not null && p.WhatsAppChatId is not null && p.NandboxUserId is not null));
        foreach (var person in Dataset.LinkedPeople)
        {
            var providers = 0;
            if (person.TelegramKey is not null)
            {
                var user = Dataset.TelegramUsersByKey[person.TelegramKey];
                Assert.Equal((person.FirstName, person.LastName), (user.FirstName, user.LastName));
                providers++;
            }

            if (person.SlackUserId is not null)
            {
                var profile = Dataset.SlackUsersById[person.SlackUserId].Profile;
                Assert.Equal((person.FullName, person.Email, person.Phone), (profile.RealName, profile.Email, profile.Phone));
                providers++;
            }

            if (person.WhatsAppChatId is not null)
            {
                Assert.Equal(person.Phone[1..] + "@c.us", Dataset.WhatsAppContactsByChatId[person.WhatsAppChatId].ChatId);
                providers++;
            }

            if (person.NandboxUserId is not null)
            {
                Assert.Equal(person.FullName, Dataset.NandboxUsersById[person.NandboxUserId].Name);
                providers++;
            }

            Assert.True(providers >= 2);
        }
    }

    private static string Fingerprint(EmulatorDataset dataset) => JsonSerializer.Serialize(new
    {
        Telegram = dataset.TelegramUsers.Select(u => $"{u.Key}|{u.FirstName}|{u.LastName}|{u.Username}"),
        Slack = dataset.SlackUsers.Select(u => $"{u.Id}|{u.Profile.Email}|{u.Profile.Phone}|{u.Profile.Fields.Count}"),
        WhatsApp = dataset.WhatsAppContacts.Select(c => $"{c.ChatId}|{c.Name}|{c.Products.Count}"),
        Nandbox = dataset.NandboxUsers.Select(u => $"{u.Id}|{u.Name}|{u.Image}"),
    });
}
