using System.Net;
using System.Text;
using System.Text.Json;
using ProfileGraph.Emulators.Tests.Infrastructure;

namespace ProfileGraph.Emulators.Tests;

public sealed class WhatsAppEmulatorTests : IClassFixture<EmulatorFixture>
{
    private const string GroupChatsText =
        "Validation failed. Details: The method GetContactInfo does not support group chats, to work with groups, use the GetGroupData method";

    private readonly EmulatorFixture _fixture;

    public WhatsAppEmulatorTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Reset();
    }

    private string ContactInfoPath => MethodPath("getContactInfo");

    [Fact]
    public async Task BusinessContactHasEveryDocumentedFieldAndItsProducts()
    {
        var contact = _fixture.Dataset.WhatsAppContacts.First(c => c.IsBusiness && c.Products.Any(p => p.Price is null && p.Description is not null));
        var (status, body) = await PostAsync(ContactInfoPath, $$"""{"chatId":"{{contact.ChatId}}"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(
            ["avatar", "name", "contactName", "email", "category", "description", "products", "chatId", "lastSeen", "isArchive", "isDisappearing", "isMute", "messageExpiration", "muteExpiration", "isBusiness"],
            JsonBody.Names(body));
        Assert.Equal(contact.Name, body.GetProperty("name").GetString());
        Assert.Equal(contact.Email, body.GetProperty("email").GetString());
        Assert.True(body.GetProperty("isBusiness").GetBoolean());
        var products = body.GetProperty("products").EnumerateArray().ToList();
        Assert.Equal(contact.Products.Count, products.Count);
        var product = products[contact.Products.ToList().FindIndex(p => p.Price is null && p.Description is not null)];
        Assert.Equal(JsonValueKind.Null, product.GetProperty("price").ValueKind);
        Assert.Equal("APPROVED", product.GetProperty("reviewStatus").GetProperty("whatsapp").GetString());
        Assert.StartsWith("https://", product.GetProperty("imageUrls").GetProperty("requested").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("https://", product.GetProperty("imageUrls").GetProperty("original").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownNumberAnswersWithEmptyNames()
    {
        var (status, body) = await PostAsync(ContactInfoPath, """{"chatId":"19999999999@c.us"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("", body.GetProperty("name").GetString());
        Assert.Equal("19999999999@c.us", body.GetProperty("chatId").GetString());
        Assert.False(body.GetProperty("isBusiness").GetBoolean());
    }

    [Theory]
    [InlineData("""{"chatId":"120363043968066561@g.us"}""")]
    [InlineData("""{"chatId":""}""")]
    [InlineData("""{}""")]
    [InlineData("")]
    public async Task GroupOrMissingChatIdsAre400WithTheDocumentedText(string payload)
    {
        var (status, body) = await PostAsync(ContactInfoPath, payload);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(GroupChatsText, body.GetProperty("description").GetString());
    }

    [Fact]
    public async Task MalformedJsonIs400ValidationFailed()
    {
        var (status, body) = await PostAsync(ContactInfoPath, """{"chatId": """);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Validation failed", body.GetProperty("description").GetString());
    }

    [Theory]
    [InlineData("true", "bool")]
    [InlineData("79001234567", "float64")]
    public async Task NonStringChatIdIs500InterfaceConversion(string chatId, string goType)
    {
        var (status, body) = await PostAsync(ContactInfoPath, $$"""{"chatId":{{chatId}}}""");

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal($"interface conversion: interface {{}} is {goType}, not string", body.GetProperty("description").GetString());
    }

    [Fact]
    public async Task WrongTokenIs401AndUnknownInstanceIs403()
    {
        var options = _fixture.Options.WhatsApp;
        using var badToken = await _fixture.Client.PostAsync($"waInstance{options.IdInstance}/getContactInfo/not-the-token", Json("{}"));
        using var badInstance = await _fixture.Client.PostAsync($"waInstance9999999999/getContactInfo/{options.ApiTokenInstance}", Json("{}"));

        Assert.Equal(HttpStatusCode.Unauthorized, badToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, badInstance.StatusCode);
        Assert.DoesNotContain(options.ApiTokenInstance, await badInstance.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAvatarReturnsTheContactsAvatar()
    {
        var contact = _fixture.Dataset.WhatsAppContacts.First(c => c.Avatar.Length > 0);
        var (status, body) = await PostAsync(MethodPath("getAvatar"), $$"""{"chatId":"{{contact.ChatId}}"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(contact.Avatar, body.GetProperty("urlAvatar").GetString());
        Assert.True(body.GetProperty("available").GetBoolean());
    }

    [Fact]
    public async Task MonthlyQuotaExhaustionIs466WithInvokeStatus()
    {
        _fixture.Options.WhatsApp.MonthlyQuota = 2;
        try
        {
            var contact = _fixture.Dataset.WhatsAppContacts[0];
            var payload = $$"""{"chatId":"{{contact.ChatId}}"}""";
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(ContactInfoPath, payload)).Status);
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(ContactInfoPath, payload)).Status);
            var (status, body) = await PostAsync(ContactInfoPath, payload);

            Assert.Equal(466, (int)status);
            var invokeStatus = body.GetProperty("invokeStatus");
            Assert.Equal("getcontactinfo", invokeStatus.GetProperty("method").GetString());
            Assert.Equal(2, invokeStatus.GetProperty("used").GetInt32());
            Assert.Equal(2, invokeStatus.GetProperty("total").GetInt32());
            Assert.Equal("QUOTE_EXCEEDED", invokeStatus.GetProperty("status").GetString());
        }
        finally
        {
            _fixture.Options.WhatsApp.MonthlyQuota = null;
        }
    }

    private string MethodPath(string method) =>
        $"waInstance{_fixture.Options.WhatsApp.IdInstance}/{method}/{_fixture.Options.WhatsApp.ApiTokenInstance}";

    private static StringContent Json(string payload) => new(payload, Encoding.UTF8, "application/json");

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string path, string payload)
    {
        using var content = Json(payload);
        using var response = await _fixture.Client.PostAsync(path, content);
        return (response.StatusCode, await JsonBody.ReadAsync(response));
    }
}
