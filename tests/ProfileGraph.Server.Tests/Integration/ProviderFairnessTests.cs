using System.Diagnostics;
using System.Text.Json;

namespace ProfileGraph.Server.Tests.Integration;

/// <summary>
/// GREEN-API's one getContactInfo a second is shared fairly between requests: a request for one contact is served
/// within about two seconds while another request's fifty contacts are being paced, not after them; and the paced
/// request's calls that could not be made in time fail at once with PROVIDER_RATE_LIMITED and a retry-after.
/// </summary>
public sealed class ProviderFairnessTests
{
    private const string Query = "query($refs: [UserRef!]!) { users(refs: $refs) { providerId displayName } }";

    [Fact]
    public async Task One_contact_is_served_while_fifty_others_are_paced_and_never_after_them()
    {
        await using var server = new ProfileGraphServer(new Dictionary<string, string?>
        {
            ["Providers:WhatsApp:Resilience:RateLimits:getContactInfo:Permits"] = "1",
            ["Providers:WhatsApp:Resilience:TotalTimeout"] = "00:00:06",
            ["Emulators:Faults:WhatsApp:RateLimits"] = "true",
        });
        await server.InitializeAsync();
        var contacts = server.Dataset.WhatsAppContacts;
        var fifty = contacts.Take(50).Select(contact => new { provider = "WHATSAPP", id = contact.ChatId }).ToArray();

        var paced = server.QueryAsync(Query, new { refs = fifty });
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var clock = Stopwatch.StartNew();
        var single = await server.QueryAsync(Query, new { refs = new[] { new { provider = "WHATSAPP", id = contacts[60].ChatId } } });
        var waited = clock.Elapsed;

        Assert.False(paced.IsCompleted, "the single contact was served after the fifty");
        Assert.True(waited < TimeSpan.FromSeconds(3), $"the single contact waited {waited}");
        Assert.False(single.TryGetProperty("errors", out _), single.ToString());
        Assert.Equal(contacts[60].ChatId, single.GetProperty("data").GetProperty("users")[0].GetProperty("providerId").GetString());

        var result = await paced;
        var refusedPaths = result.GetProperty("errors").EnumerateArray().Select(error => error.GetProperty("path")[1].GetInt32()).ToHashSet();
        var served = 50 - refusedPaths.Count;
        Assert.InRange(served, 3, 10);
        // Refused when queued, as their turn would come after the total timeout; a call another request's turn pushed
        // past it while it waited may still time out.
        var refused = result.GetProperty("errors").EnumerateArray().ToList();
        var codes = refused.Select(error => error.GetProperty("extensions").GetProperty("code").GetString()).ToList();
        Assert.All(codes, code => Assert.True(code is "PROVIDER_RATE_LIMITED" or "PROVIDER_TIMEOUT", code));
        Assert.InRange(codes.Count(code => code == "PROVIDER_TIMEOUT"), 0, 2);
        Assert.All(refused.Where(error => error.GetProperty("extensions").GetProperty("code").GetString() == "PROVIDER_RATE_LIMITED"), error =>
            Assert.True(int.Parse(error.GetProperty("extensions").GetProperty("retryAfter").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > 0));
        Assert.Equal(refusedPaths.Count, refused.Count);
    }
}
