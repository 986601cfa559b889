using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProfileGraph.Emulators.Hosting;
using ProfileGraph.Emulators.Tests.Infrastructure;

namespace ProfileGraph.Emulators.Tests;

public sealed class HostingTests
{
    [Fact]
    public async Task EmulatorsMapOntoAnExistingApplicationUnderAPrefix()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddProviderEmulators();
        await using var app = builder.Build();
        app.MapGet("/graphql", () => "the host's own route");
        app.MapProviderEmulators("/emulators");
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            var urls = EmulatorUrls.For(new Uri($"{address}/emulators"));
            var options = app.Services.GetRequiredService<EmulatorOptions>();
            using var client = new HttpClient();

            Assert.Equal("the host's own route", await client.GetStringAsync($"{address}/graphql"));
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(urls.SlackApi, "users.profile.get"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Slack.Token);
            using var slack = await client.SendAsync(request);
            Assert.True((await JsonBody.ReadAsync(slack)).GetProperty("ok").GetBoolean());
            await using var nandbox = await NandboxTestClient.AuthenticatedAsync(urls.NandboxWebSocket, options.Nandbox.Token);
            Assert.Equal($"ws://{new Uri(address).Authority}/emulators/nandbox/api/", urls.NandboxWebSocket.AbsoluteUri);
        }
        finally
        {
            await app.StopAsync();
        }
    }

    [Fact]
    public async Task CredentialsAreConfigurable()
    {
        await using var host = await EmulatorHost.StartAsync(options => options.Slack.Token = "xoxb-custom");
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        Assert.Equal("ok", await ProfileResultAsync(client, "xoxb-custom"));
        Assert.Equal("invalid_auth", await ProfileResultAsync(client, new EmulatorOptions().Slack.Token));
        Assert.Equal(IPAddress.Loopback.ToString(), host.BaseAddress.Host);
    }

    private static async Task<string> ProfileResultAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/users.profile.get");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        var body = await JsonBody.ReadAsync(response);
        return body.GetProperty("ok").GetBoolean() ? "ok" : body.GetProperty("error").GetString()!;
    }
}
