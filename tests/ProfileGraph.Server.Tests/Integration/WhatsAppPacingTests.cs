using ProfileGraph.Emulators;

namespace ProfileGraph.Server.Tests.Integration;

/// <summary>
/// GREEN-API allows one getContactInfo a second per instance. Through the graph, with the emulator enforcing that
/// limit and the client's limiter at its default, a query for several contacts is paced rather than throttled:
/// every contact is served, and the emulator never sees two calls closer than a second.
/// </summary>
public sealed class WhatsAppPacingTests
{
    [Fact]
    public async Task A_query_for_several_contacts_is_paced_to_one_get_contact_info_a_second()
    {
        var server = new ProfileGraphServer(new Dictionary<string, string?>
        {
            ["Emulators:Faults:WhatsApp:RateLimits"] = "true",
            ["Providers:WhatsApp:Resilience:RateLimits:getContactInfo:Permits"] = "1",
            ["Providers:WhatsApp:Resilience:TotalTimeout"] = "00:00:20",
            ["Providers:WhatsApp:Resilience:AttemptTimeout"] = "00:00:08",
        });
        await server.InitializeAsync();
        try
        {
            // A warm-up call first: a cold first request (connection, JIT) can reach the emulator late, closer to the
            // next than the client spaced them, and draw a 429 and a retry that would change the counts below.
            await server.QueryAsync("query($id: ID!) { user(provider: WHATSAPP, id: $id) { whatsapp { isBusiness } } }", new { id = server.Dataset.WhatsAppContacts[^1].ChatId });
            await Task.Delay(TimeSpan.FromSeconds(1.2));
            server.Emulators.State.Counters.Reset();

            var contacts = server.Dataset.WhatsAppContacts.Take(4).ToArray();
            var refs = contacts.Select(c => new { provider = "WHATSAPP", id = c.ChatId }).ToArray();
            var result = await server.QueryAsync("query($refs: [UserRef!]!) { users(refs: $refs) { providerId whatsapp { isBusiness lastSeen } } }", new { refs });

            Assert.False(result.TryGetProperty("errors", out _), result.ToString());
            Assert.Equal(contacts.Length, result.GetProperty("data").GetProperty("users").GetArrayLength());

            var counter = server.Counter(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetContactInfo);
            Assert.Equal(contacts.Length, counter.Requests);
            Assert.Equal(contacts.Length, counter.OutcomeCount("200"));
            Assert.Equal(0, counter.OutcomeCount("429"));

            var times = server.Emulators.State.Counters.RequestTimes(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetContactInfo);
            var gaps = times.Zip(times.Skip(1), (earlier, later) => later - earlier).ToArray();
            Assert.Equal(contacts.Length - 1, gaps.Length);
            Assert.All(gaps, gap => Assert.True(gap >= TimeSpan.FromMilliseconds(950), $"two getContactInfo calls {gap.TotalMilliseconds:0} ms apart"));
        }
        finally
        {
            await server.DisposeAsync();
        }
    }
}
