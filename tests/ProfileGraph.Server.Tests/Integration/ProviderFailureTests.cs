using System.Text.Json;
using ProfileGraph.Emulators;
using ProfileGraph.Emulators.Faults;

namespace ProfileGraph.Server.Tests.Integration;

/// <summary>Every provider failure is a field error with a code that says why; the rest of the response is served.</summary>
public sealed class ProviderFailureTests(ProfileGraphServer server) : IClassFixture<ProfileGraphServer>, IDisposable
{
    public void Dispose() => server.Emulators.State.ResetFaults();

    [Fact]
    public async Task A_user_the_provider_does_not_have_is_null_with_user_not_found()
    {
        var result = await server.QueryAsync("{ user(provider: SLACK, id: \"UNOSUCHUSER\") { displayName } providers { provider } }");

        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("user").ValueKind);
        Assert.Equal(4, result.GetProperty("data").GetProperty("providers").GetArrayLength());
        AssertError(result, "USER_NOT_FOUND", "SLACK", "[\"user\"]");
    }

    [Fact]
    public async Task A_provider_that_is_down_fails_its_fields_and_the_others_are_served()
    {
        server.Fault(EmulatedProvider.Slack, Always(errors => errors.ServerError = 1));
        var result = await server.QueryAsync(
            "query($slack: ID!, $nandbox: ID!) { users(refs: [{provider: SLACK, id: $slack}, {provider: NANDBOX, id: $nandbox}]) { providerId displayName } }",
            new { slack = server.Dataset.SlackUsers[0].Id, nandbox = server.Dataset.NandboxUsers[0].Id });

        var users = result.GetProperty("data").GetProperty("users");
        Assert.Equal(server.Dataset.SlackUsers[0].Id, users[0].GetProperty("providerId").GetString());
        Assert.Equal(JsonValueKind.Null, users[0].GetProperty("displayName").ValueKind);
        Assert.Equal(server.Dataset.NandboxUsers[0].Name, users[1].GetProperty("displayName").GetString());
        AssertError(result, "PROVIDER_UNAVAILABLE", "SLACK", "[\"users\",0,\"displayName\"]");
    }

    [Fact]
    public async Task A_throttling_provider_is_rate_limited()
    {
        server.Fault(EmulatedProvider.Telegram, Always(errors => errors.TooManyRequests = 1));
        var result = await server.QueryAsync("query($id: ID!) { user(provider: TELEGRAM, id: $id) { providerId displayName } }", new { id = server.Dataset.TelegramUsers[0].Key });

        Assert.Equal(server.Dataset.TelegramUsers[0].Key, result.GetProperty("data").GetProperty("user").GetProperty("providerId").GetString());
        AssertError(result, "PROVIDER_RATE_LIMITED", "TELEGRAM", "[\"user\",\"displayName\"]");
    }

    [Fact]
    public async Task A_provider_that_does_not_answer_times_out()
    {
        var impatient = new ProfileGraphServer(new Dictionary<string, string?>
        {
            ["Providers:Nandbox:RequestTimeout"] = "00:00:00.300",
            ["Providers:Nandbox:Resilience:TotalTimeout"] = "00:00:01",
        });
        await impatient.InitializeAsync();
        try
        {
            impatient.Fault(EmulatedProvider.Nandbox, Always(errors => errors.Timeout = 1));
            var result = await impatient.QueryAsync("query($id: ID!) { user(provider: NANDBOX, id: $id) { providerId displayName } }", new { id = impatient.Dataset.NandboxUsers[0].Id });

            AssertError(result, "PROVIDER_TIMEOUT", "NANDBOX", "[\"user\",\"displayName\"]");
        }
        finally
        {
            await impatient.DisposeAsync();
        }
    }

    [Fact]
    public async Task Refused_credentials_are_unauthorized_and_never_echoed()
    {
        const string token = "xoxb-profilegraph-emulator-inactive";
        var unauthorized = new ProfileGraphServer(new Dictionary<string, string?> { ["Providers:Slack:Token"] = token });
        await unauthorized.InitializeAsync();
        try
        {
            var result = await unauthorized.QueryAsync("query($id: ID!) { user(provider: SLACK, id: $id) { providerId displayName } }", new { id = unauthorized.Dataset.SlackUsers[0].Id });

            AssertError(result, "PROVIDER_UNAUTHORIZED", "SLACK", "[\"user\",\"displayName\"]");
            Assert.DoesNotContain(token, result.GetRawText(), StringComparison.Ordinal);
        }
        finally
        {
            await unauthorized.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_provider_that_fails_every_call_is_logged_once_and_summed_up_not_once_per_call()
    {
        var failing = new ProfileGraphServer();
        await failing.InitializeAsync();
        try
        {
            failing.Fault(EmulatedProvider.Slack, Always(errors => errors.ServerError = 1));
            var refs = failing.Dataset.SlackUsers.Take(40).Select(user => new { provider = "SLACK", id = user.Id }).ToArray();
            var result = await failing.QueryAsync("query($refs: [UserRef!]!) { users(refs: $refs) { displayName } }", new { refs });

            Assert.Equal(40, result.GetProperty("errors").GetArrayLength());
            Assert.InRange(failing.Counter(EmulatedProvider.Slack, Emulators.EmulatedEndpoints.SlackUsersProfileGet).Requests, 40, 1000);
            Assert.Equal(1, failing.Logs.Count(Microsoft.Extensions.Logging.LogLevel.Information, "ProfileGraph.Providers"));
        }
        finally
        {
            await failing.DisposeAsync();
        }

        // What the interval held back is summed up in one line when it ends (here, when the service stops).
        var summary = Assert.Single(failing.Logs.Entries, entry => entry.Message.Contains("more events in the last", StringComparison.Ordinal));
        Assert.StartsWith("Slack: ", summary.Message, StringComparison.Ordinal);
        Assert.Contains("users.profile.get failed (Unavailable) ×", summary.Message, StringComparison.Ordinal);
    }

    private static FaultProfile Always(Action<ErrorRates> set)
    {
        var errors = new ErrorRates();
        set(errors);
        return new FaultProfile { RateLimits = false, Errors = errors };
    }

    private static void AssertError(JsonElement result, string code, string provider, string path)
    {
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(provider, error.GetProperty("extensions").GetProperty("provider").GetString());
        Assert.Equal(path, error.GetProperty("path").GetRawText());
    }
}
