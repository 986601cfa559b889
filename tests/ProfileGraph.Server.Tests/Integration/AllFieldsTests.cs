using System.Globalization;
using System.Text.Json;
using ProfileGraph.Emulators;
using ProfileGraph.Providers;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Tests.Integration;

/// <summary>
/// One user per provider with every field selected, checked against the emulator's records: what each provider's
/// data becomes in the graph, and that it all costs the one call that provider needs. (Slack's is in
/// <see cref="ProfileQueryTests"/>.)
/// </summary>
public sealed class AllFieldsTests(ProfileGraphServer server) : IClassFixture<ProfileGraphServer>
{
    private const string NormalizedFields = """
        id provider providerId displayName firstName lastName username email phone isBot
        status { text emoji expiresAt } avatar(size: 100) { id url width height } photos { id url width height }
        """;

    [Fact]
    public async Task A_telegram_user_with_every_field_costs_one_infobip_get()
    {
        server.Emulators.State.Counters.Reset();
        var expected = server.Dataset.TelegramUsers.First(u => u.LastName is not null && u.Username is not null);
        var result = await server.QueryAsync(
            $$"""
            query($id: ID!) {
              user(provider: TELEGRAM, id: $id) {
                {{NormalizedFields}}
                telegram { key firstName lastName username }
                slack { name } whatsapp { chatId } nandbox { id }
              }
            }
            """,
            new { id = expected.Key });

        var user = DataOf(result).GetProperty("user");
        Assert.Equal(GlobalId.ForUser(new UserRef(Provider.Telegram, expected.Key)), user.GetProperty("id").GetString());
        Assert.Equal("TELEGRAM", user.GetProperty("provider").GetString());
        Assert.Equal($"{expected.FirstName} {expected.LastName}", user.GetProperty("displayName").GetString());
        Assert.Equal(expected.FirstName, user.GetProperty("firstName").GetString());
        Assert.Equal(expected.LastName, user.GetProperty("lastName").GetString());
        Assert.Equal(expected.Username, user.GetProperty("username").GetString());

        // Infobip shares no contact details, bot flag, status or pictures of Telegram users.
        AssertNull(user, "email", "phone", "isBot", "status", "avatar", "slack", "whatsapp", "nandbox");
        Assert.Equal(0, user.GetProperty("photos").GetArrayLength());

        var telegram = user.GetProperty("telegram");
        Assert.Equal(expected.Key, telegram.GetProperty("key").GetString());
        Assert.Equal(expected.FirstName, telegram.GetProperty("firstName").GetString());
        Assert.Equal(expected.LastName, telegram.GetProperty("lastName").GetString());
        Assert.Equal(expected.Username, telegram.GetProperty("username").GetString());

        Assert.Equal(1, server.Counter(EmulatedProvider.Telegram, EmulatedEndpoints.TelegramGetUser).Requests);
        Assert.Equal(1, server.TotalRequests());
    }

    [Fact]
    public async Task A_whatsapp_business_contact_with_every_field_and_its_products_costs_one_get_contact_info()
    {
        server.Emulators.State.Counters.Reset();
        var expected = server.Dataset.WhatsAppContacts.First(c =>
            c.IsBusiness && c.Products.Count >= 3 && c.LastSeen is not null && c.Avatar.Length > 0 && c.Name.Length > 0);
        var result = await server.QueryAsync(
            $$"""
            query($id: ID!) {
              user(provider: WHATSAPP, id: $id) {
                {{NormalizedFields}}
                whatsapp {
                  chatId phone name contactName email category description avatar isBusiness lastSeen
                  isArchived isDisappearing isMuted messageExpiration muteExpiresAt
                  firstTwo: products(first: 2) {
                    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                    edges { cursor node { id } }
                  }
                  all: products {
                    totalCount
                    nodes { id name description price availability isHidden imageUrls { requested original } reviewStatus }
                  }
                }
                slack { name } telegram { key } nandbox { id }
              }
            }
            """,
            new { id = expected.ChatId });

        var user = DataOf(result).GetProperty("user");
        var phone = "+" + expected.ChatId.Split('@')[0];
        Assert.Equal(expected.ChatId, user.GetProperty("providerId").GetString());
        Assert.Equal(expected.Name, user.GetProperty("displayName").GetString());
        Assert.Equal(expected.Email, user.GetProperty("email").GetString());
        Assert.Equal(phone, user.GetProperty("phone").GetString());
        AssertNull(user, "firstName", "lastName", "username", "isBot", "status", "slack", "telegram", "nandbox");
        Assert.Equal(expected.Avatar, user.GetProperty("avatar").GetProperty("url").GetString());
        Assert.Equal(expected.Avatar, Assert.Single(user.GetProperty("photos").EnumerateArray()).GetProperty("url").GetString());

        var contact = user.GetProperty("whatsapp");
        Assert.Equal(expected.ChatId, contact.GetProperty("chatId").GetString());
        Assert.Equal(phone, contact.GetProperty("phone").GetString());
        Assert.Equal(expected.Name, contact.GetProperty("name").GetString());
        Assert.Equal(NullIfEmpty(expected.ContactName), contact.GetProperty("contactName").GetString());
        Assert.Equal(expected.Category, contact.GetProperty("category").GetString());
        Assert.Equal(expected.Description, contact.GetProperty("description").GetString());
        Assert.Equal(expected.Avatar, contact.GetProperty("avatar").GetString());
        Assert.True(contact.GetProperty("isBusiness").GetBoolean());
        Assert.Equal(UnixTime(long.Parse(expected.LastSeen!, CultureInfo.InvariantCulture)), Instant(contact.GetProperty("lastSeen")));
        Assert.Equal(expected.IsArchive, contact.GetProperty("isArchived").GetBoolean());
        Assert.Equal(expected.IsDisappearing, contact.GetProperty("isDisappearing").GetBoolean());
        Assert.Equal(expected.IsMute, contact.GetProperty("isMuted").GetBoolean());
        Assert.Equal(expected.MessageExpiration, contact.GetProperty("messageExpiration").GetInt32());
        Assert.Equal(expected.MuteExpiration is { } mute ? UnixTime(mute) : null, Instant(contact.GetProperty("muteExpiresAt")));

        var firstTwo = contact.GetProperty("firstTwo");
        Assert.Equal(expected.Products.Count, firstTwo.GetProperty("totalCount").GetInt32());
        Assert.True(firstTwo.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(firstTwo.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(expected.Products.Take(2).Select(p => p.Id), firstTwo.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()));

        var products = contact.GetProperty("all").GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Equal(expected.Products.Count, products.Length);
        foreach (var (product, node) in expected.Products.Zip(products))
        {
            Assert.Equal(product.Id, node.GetProperty("id").GetString());
            Assert.Equal(product.Name, node.GetProperty("name").GetString());
            Assert.Equal(product.Description, node.GetProperty("description").GetString());
            Assert.Equal(product.Price, node.GetProperty("price").GetString());
            Assert.Equal(product.Availability, node.GetProperty("availability").GetString());
            Assert.Equal(product.IsHidden, node.GetProperty("isHidden").GetBoolean());
            Assert.Equal(product.ImageUrls.Requested, node.GetProperty("imageUrls").GetProperty("requested").GetString());
            Assert.Equal(product.ImageUrls.Original, node.GetProperty("imageUrls").GetProperty("original").GetString());
            Assert.Equal(product.ReviewStatus.Whatsapp, node.GetProperty("reviewStatus").GetString());
        }

        // The next page starts where the first ended.
        var after = firstTwo.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var next = await server.QueryAsync(
            "query($id: ID!, $after: String) { user(provider: WHATSAPP, id: $id) { whatsapp { products(first: 2, after: $after) { nodes { id } pageInfo { hasPreviousPage } } } } }",
            new { id = expected.ChatId, after });
        var page = DataOf(next).GetProperty("user").GetProperty("whatsapp").GetProperty("products");
        Assert.Equal(expected.Products.Skip(2).Take(2).Select(p => p.Id), page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());

        // getContactInfo carries the avatar and the products: one call per query, and never getAvatar.
        Assert.Equal(2, server.Counter(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetContactInfo).Requests);
        Assert.Equal(2, server.TotalRequests());
    }

    [Fact]
    public async Task A_nandbox_user_with_every_field_costs_one_get_user_frame()
    {
        server.Emulators.State.Counters.Reset();
        var expected = server.Dataset.NandboxUsers.First(u => u.Photo is not null && !u.IsBot && u.Status.Length > 0);
        var result = await server.QueryAsync(
            $$"""
            query($id: ID!) {
              user(provider: NANDBOX, id: $id) {
                {{NormalizedFields}}
                nandbox {
                  id name version status isBot
                  photo { id url width height thumbnail { id url width height thumbnail { id } } }
                }
                slack { name } telegram { key } whatsapp { chatId }
              }
            }
            """,
            new { id = expected.Id });

        var user = DataOf(result).GetProperty("user");
        Assert.Equal(expected.Name, user.GetProperty("displayName").GetString());
        Assert.False(user.GetProperty("isBot").GetBoolean());
        Assert.Equal(expected.Status, user.GetProperty("status").GetProperty("text").GetString());
        Assert.Equal(expected.ShortName, user.GetProperty("username").GetString());
        Assert.NotNull(expected.ShortName);
        AssertNull(user, "firstName", "lastName", "email", "phone", "slack", "telegram", "whatsapp");

        var nandbox = user.GetProperty("nandbox");
        Assert.Equal(expected.Id, nandbox.GetProperty("id").GetString());
        Assert.Equal(expected.Name, nandbox.GetProperty("name").GetString());
        Assert.Equal(expected.Version, nandbox.GetProperty("version").GetString());
        Assert.Equal(expected.Status, nandbox.GetProperty("status").GetString());
        Assert.False(nandbox.GetProperty("isBot").GetBoolean());

        var photo = nandbox.GetProperty("photo");
        var thumbnail = photo.GetProperty("thumbnail");
        Assert.Equal(expected.Photo!.Width, photo.GetProperty("width").GetInt32());
        Assert.Equal(expected.Photo.Height, photo.GetProperty("height").GetInt32());
        Assert.Equal(expected.Photo.Thumbnail.Width, thumbnail.GetProperty("width").GetInt32());
        Assert.Equal(JsonValueKind.Null, thumbnail.GetProperty("thumbnail").ValueKind);
        Assert.StartsWith(server.Address + "photos/", photo.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(photo.GetProperty("url").GetString(), thumbnail.GetProperty("url").GetString());

        // The photos smallest first; avatar(size: 100) is the smallest at least 100 wide: the full photo.
        Assert.Equal(
            [thumbnail.GetProperty("id").GetString(), photo.GetProperty("id").GetString()],
            user.GetProperty("photos").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.Equal(photo.GetProperty("id").GetString(), user.GetProperty("avatar").GetProperty("id").GetString());

        Assert.Equal(1, server.Counter(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxGetUser).Requests);
    }

    private static JsonElement DataOf(JsonElement result)
    {
        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        return result.GetProperty("data");
    }

    private static void AssertNull(JsonElement value, params string[] fields)
    {
        foreach (var field in fields)
        {
            Assert.True(value.GetProperty(field).ValueKind == JsonValueKind.Null, $"{field} should be null: {value.GetProperty(field)}");
        }
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static DateTimeOffset UnixTime(long seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds);

    private static DateTimeOffset? Instant(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null : DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture);
}
