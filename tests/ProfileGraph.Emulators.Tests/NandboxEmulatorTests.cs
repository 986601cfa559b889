using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using ProfileGraph.Emulators.Faults;
using ProfileGraph.Emulators.Tests.Infrastructure;

namespace ProfileGraph.Emulators.Tests;

public sealed class NandboxEmulatorTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public NandboxEmulatorTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Reset();
    }

    private Uri SocketUri => _fixture.Host.Urls.NandboxWebSocket;

    private string AppId => _fixture.Options.Nandbox.AppId;

    [Fact]
    public async Task TokenAuthAnswersTokenAuthOkWithUppercaseIdAndNumbers()
    {
        await using var client = await NandboxTestClient.ConnectAsync(SocketUri);
        await client.SendAsync(new { method = "TOKEN_AUTH", rem = true, token = _fixture.Options.Nandbox.Token });
        var answer = (await client.ReceiveAsync())!.Value;

        Assert.Equal(["method", "name", "ID", "reference", "date"], JsonBody.Names(answer));
        Assert.Equal("TOKEN_AUTH_OK", answer.GetProperty("method").GetString());
        Assert.Equal(_fixture.Options.Nandbox.Token.Split(':')[0], answer.GetProperty("ID").GetString());
        Assert.Equal(JsonValueKind.Number, answer.GetProperty("reference").ValueKind);
        Assert.Equal(JsonValueKind.Number, answer.GetProperty("date").ValueKind);
    }

    [Fact]
    public async Task BadTokenGetsAnErrorFrameAndTheSocketCloses()
    {
        await using var client = await NandboxTestClient.ConnectAsync(SocketUri);
        await client.SendAsync(new { method = "TOKEN_AUTH", rem = true, token = "1:0:wrong" });

        var error = (await client.ReceiveAsync())!.Value;
        Assert.Equal(["error"], JsonBody.Names(error));
        Assert.Null(await client.ReceiveAsync());
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, client.CloseStatus);
    }

    [Fact]
    public async Task ASecondSocketOfTheSameBotClosesTheFirst()
    {
        await using var first = await NandboxTestClient.AuthenticatedAsync(SocketUri, _fixture.Options.Nandbox.Token);
        await using var second = await NandboxTestClient.AuthenticatedAsync(SocketUri, _fixture.Options.Nandbox.Token);

        // One WebSocket per bot: the later authentication holds it, the earlier socket is closed with 1008.
        Assert.Null(await first.ReceiveAsync());
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, first.CloseStatus);
        await second.SendAsync(new { method = "getUser", app_id = AppId, user_id = _fixture.Dataset.NandboxUsers[0].Id, reference = "7" });
        Assert.Equal("userDetails", (await second.ReceiveAsync())!.Value.GetProperty("method").GetString());
        Assert.Equal(1, _fixture.Host.State.Counters.Get(EmulatedProvider.Nandbox, "TOKEN_AUTH").OutcomeCount("replaced"));
    }

    [Fact]
    public async Task AnotherBotsSocketIsLeftOpen()
    {
        await using var full = await NandboxTestClient.AuthenticatedAsync(SocketUri, _fixture.Options.Nandbox.Token);
        await using var limited = await NandboxTestClient.AuthenticatedAsync(SocketUri, _fixture.Options.Nandbox.LimitedToken);

        await full.SendAsync(new { method = "getUser", app_id = AppId, user_id = _fixture.Dataset.NandboxUsers[0].Id, reference = "8" });

        Assert.Equal("userDetails", (await full.ReceiveAsync())!.Value.GetProperty("method").GetString());
        Assert.Equal(WebSocketState.Open, limited.State);
    }

    [Fact]
    public async Task RequestsBeforeAuthenticationAreRefused()
    {
        await using var client = await NandboxTestClient.ConnectAsync(SocketUri);
        await client.SendAsync(new { method = "getUser", app_id = AppId, user_id = _fixture.Dataset.NandboxUsers[0].Id, reference = "1" });

        Assert.True((await client.ReceiveAsync())!.Value.TryGetProperty("error", out _));
        Assert.Null(await client.ReceiveAsync());
    }

    [Fact]
    public async Task GetUserAnswersUserDetailsEchoingTheReference()
    {
        var user = _fixture.Dataset.NandboxUsers.First(u => u.Photo is not null);
        await using var client = await NandboxTestClient.AuthenticatedAsync(SocketUri, _fixture.Options.Nandbox.Token);
        await client.SendAsync(new { method = "getUser", app_id = AppId, user_id = user.Id, reference = "132456789" });
        var answer = (await client.ReceiveAsync())!.Value;

        Assert.Equal("userDetails", answer.GetProperty("method").GetString());
        Assert.Equal(AppId, answer.GetProperty("app_id").GetString());
        Assert.Equal("132456789", answer.GetProperty("reference").GetString());
        var wireUser = answer.GetProperty("user");
        Assert.Equal(user.Id, wireUser.GetProperty("id").GetString());
        Assert.Equal(user.Name, wireUser.GetProperty("name").GetString());
        Assert.Equal(user.Version, wireUser.GetProperty("version").GetString());
        Assert.False(wireUser.GetProperty("is_bot").GetBoolean());
        var jpeg = Convert.FromBase64String(wireUser.GetProperty("image").GetString()!);
        Assert.Equal((32, 32), JpegStructure.Dimensions(jpeg));
        var photo = wireUser.GetProperty("photo");
        Assert.Equal(["id", "width", "height", "size", "thumbnail"], JsonBody.Names(photo));
        Assert.Equal(user.Photo!.Id, photo.GetProperty("id").GetString());
        Assert.Equal(user.Photo.Size, photo.GetProperty("size").GetInt32());
        var thumbnail = photo.GetProperty("thumbnail");
        Assert.Equal(["id", "width", "height"], JsonBody.Names(thumbnail));
        Assert.Equal(user.Photo.Thumbnail.Id, thumbnail.GetProperty("id").GetString());
        Assert.Equal(32, thumbnail.GetProperty("width").GetInt32());
        Assert.Equal(32, thumbnail.GetProperty("height").GetInt32());
    }

    [Fact]
    public async Task NumericReferencesAreEchoedAsNumbers()
    {
        await using var client = await NandboxTestClient.AuthenticatedAsync(SocketUri, _fixture.Options.Nandbox.Token);
        await client.SendAsync(new { method = "getUser", app_id = AppId, user_id = _fixture.Dataset.NandboxUsers[1].Id, reference = 15269906159119 });

        Assert.Equal(15269906159119, (await client.ReceiveAsync())!.Value.GetProperty("reference").GetInt64());
    }

    [Fact]
    public async Task UnknownUserGetsAnErrorFrameWithItsReference()
    {
        await using var client = await NandboxTestClient.AuthenticatedAsync(SocketUri, _fixture.Options.Nandbox.Token);
        await client.SendAsync(new { method = "getUser", app_id = AppId, user_id = "1", reference = "r-unknown" });
        var answer = (await client.ReceiveAsync())!.Value;

        Assert.False(answer.TryGetProperty("method", out _));
        Assert.Equal("User not found", answer.GetProperty("error").GetString());
        Assert.Equal("r-unknown", answer.GetProperty("reference").GetString());
    }

    [Fact]
    public async Task BotWithoutManageUsersGetsAPermissionError()
    {
        await using var client = await NandboxTestClient.AuthenticatedAsync(SocketUri, _fixture.Options.Nandbox.LimitedToken);
        await client.SendAsync(new { method = "getUser", app_id = AppId, user_id = _fixture.Dataset.NandboxUsers[0].Id, reference = "p" });

        Assert.Contains("Manage Users", (await client.ReceiveAsync())!.Value.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMyProfilesDescribesTheBotAndPingIsNotAnswered()
    {
        await using var client = await NandboxTestClient.AuthenticatedAsync(SocketUri, _fixture.Options.Nandbox.Token);
        await client.SendAsync(new { method = "PING" });
        await client.SendAsync(new { method = "getMyProfiles", reference = "me" });
        var answer = (await client.ReceiveAsync())!.Value;

        Assert.Equal("myProfile", answer.GetProperty("method").GetString());
        Assert.Equal("me", answer.GetProperty("reference").GetString());
        Assert.Equal(_fixture.Options.Nandbox.Token.Split(':')[0], answer.GetProperty("user").GetProperty("id").GetString());
        Assert.True(answer.GetProperty("user").GetProperty("is_bot").GetBoolean());
        Assert.Equal(1, _fixture.State.Counters.Get(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxPing).Requests);
    }

    [Fact]
    public async Task AThousandRequestsInFlightOnOneSocketAreAllAnsweredOutOfOrder()
    {
        _fixture.State.SetFaults(EmulatedProvider.Nandbox, new FaultProfile
        {
            Latency = new LatencyProfile { Distribution = LatencyDistribution.Uniform, MinMs = 0, MaxMs = 30 },
        });
        var users = _fixture.Dataset.NandboxUsers;
        await using var client = await NandboxTestClient.AuthenticatedAsync(SocketUri, _fixture.Options.Nandbox.Token);

        const int Requests = 1000;
        for (var i = 0; i < Requests; i++)
        {
            await client.SendAsync(new { method = "getUser", app_id = AppId, user_id = users[i % users.Count].Id, reference = i.ToString(CultureInfo.InvariantCulture) });
        }

        var order = new List<int>(Requests);
        for (var i = 0; i < Requests; i++)
        {
            var answer = (await client.ReceiveAsync())!.Value;
            var reference = int.Parse(answer.GetProperty("reference").GetString()!, CultureInfo.InvariantCulture);
            Assert.Equal(users[reference % users.Count].Id, answer.GetProperty("user").GetProperty("id").GetString());
            order.Add(reference);
        }

        Assert.Equal(Enumerable.Range(0, Requests), order.Order());
        Assert.NotEqual(Enumerable.Range(0, Requests), order);
        var counter = _fixture.State.Counters.Get(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxGetUser);
        Assert.Equal(Requests, counter.Requests);
        Assert.Equal(Requests, counter.Keys);
        Assert.Equal(Requests, counter.OutcomeCount("ok"));
    }
}
