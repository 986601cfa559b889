using System.Text.Json;
using ProfileGraph.Emulators.Data;
using ProfileGraph.People;
using ProfileGraph.Server.Tests.Integration;

namespace ProfileGraph.Server.Tests.People;

/// <summary>
/// Automatic links over HTTP, against the seeded emulators: the seeded cross-platform people are linked where a phone
/// number is shared (a Slack profile's, a WhatsApp chat id) and nowhere else; the same name on Telegram and nandbox
/// is a suggestion, never a link; a person costs one store query per batch of users.
/// </summary>
public sealed class PersonLinkingTests : IAsyncLifetime
{
    private const string PeopleQuery = """
        query People($refs: [UserRef!]!) {
          users(refs: $refs) {
            provider
            providerId
            person {
              id
              links { account { provider providerId } reason linkedAt }
              suggestions(first: 10) { user { provider providerId } score reasons }
            }
          }
        }
        """;

    // Sixty users with their people, links and suggestions weigh more than a public client may ask at once.
    private readonly ProfileGraphServer _server = ProfileGraphServer.WithCache(new Dictionary<string, string?>
    {
        ["GraphQL:Cost:MaxFieldCost"] = "100000",
        ["GraphQL:Cost:MaxTypeCost"] = "100000",
    });

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Seeded_people_are_linked_exactly_where_a_phone_number_is_shared()
    {
        var linked = _server.Dataset.LinkedPeople;
        var onSlackAndWhatsApp = linked.Where(person => person.SlackUserId is not null && person.WhatsAppChatId is not null).Take(8).ToList();
        var withoutWhatsApp = linked.Where(person => person.SlackUserId is not null && person.WhatsAppChatId is null).Take(4).ToList();
        var onTelegramAndWhatsApp = linked.Where(person => person.SlackUserId is null).Take(3).ToList();
        var loners = _server.Dataset.SlackUsers.Where(user => user.Profile.Phone.Length > 0 && !linked.Any(person => person.SlackUserId == user.Id)).Take(4).ToList();
        Assert.Equal((8, 4, 3, 4), (onSlackAndWhatsApp.Count, withoutWhatsApp.Count, onTelegramAndWhatsApp.Count, loners.Count));

        var refs = onSlackAndWhatsApp.Concat(withoutWhatsApp).Concat(onTelegramAndWhatsApp).SelectMany(Accounts)
            .Concat(loners.Select(user => new Ref("SLACK", user.Id))).ToList();
        var users = await UsersAsync(refs);

        foreach (var person in onSlackAndWhatsApp)
        {
            // Slack's phone and the WhatsApp chat id are one number: one person of exactly those two accounts.
            var slack = users[new Ref("SLACK", person.SlackUserId!)];
            var whatsapp = users[new Ref("WHATSAPP", person.WhatsAppChatId!)];
            Assert.Equal(slack.Id, whatsapp.Id);
            Assert.Equal([new Ref("SLACK", person.SlackUserId!), new Ref("WHATSAPP", person.WhatsAppChatId!)], slack.Links.Keys.Order());
            Assert.All(slack.Links.Values, reason => Assert.Equal("SAME_PHONE", reason));

            // Telegram and nandbox share only the name: suggested, never linked.
            foreach (var nameOnly in NameOnlyAccounts(person))
            {
                Assert.Empty(users[nameOnly].Links);
                Assert.NotEqual(slack.Id, users[nameOnly].Id);
                var suggestion = Assert.Single(slack.Suggestions, suggestion => suggestion.User == nameOnly);
                Assert.Equal(0.9, suggestion.Score);
                Assert.Contains("SIMILAR_NAME", suggestion.Reasons);
            }
        }

        // No phone on both sides: no link, only suggestions.
        foreach (var person in withoutWhatsApp.Concat(onTelegramAndWhatsApp))
        {
            Assert.All(Accounts(person), account => Assert.Empty(users[account].Links));
        }

        Assert.Contains(users[Accounts(withoutWhatsApp[0]).First()].Suggestions, suggestion => suggestion.User == Accounts(withoutWhatsApp[0]).Last());
        Assert.All(loners, user => Assert.Empty(users[new Ref("SLACK", user.Id)].Links));

        // Every person has its own ID: linked people share one, the others are alone.
        Assert.Equal(refs.Count - onSlackAndWhatsApp.Count, users.Values.Select(user => user.Id).Distinct().Count());
    }

    [Fact]
    public async Task A_hundred_refs_cost_one_store_query_per_batch()
    {
        var refs = _server.Dataset.LinkedPeople.SelectMany(Accounts).Take(100).ToList();
        Assert.Equal(100, refs.Count);
        var store = _server.Store();
        const string Query = "query($refs: [UserRef!]!) { users(refs: $refs) { person { accounts { displayName } } } }";

        var before = (store.Statistics.Calls, store.Statistics.Commands);
        var first = await _server.QueryAsync(Query, new { refs });
        Assert.False(first.TryGetProperty("errors", out _), first.ToString());


        // The first read writes the new evidence (one transaction), then reads the people: two calls for 100 users.
        Assert.Equal(2, store.Statistics.Calls - before.Calls);

        before = (store.Statistics.Calls, store.Statistics.Commands);
        var second = await _server.QueryAsync(Query, new { refs });
        Assert.Equal(first.ToString(), second.ToString());
        Assert.Equal((1L, 1L), (store.Statistics.Calls - before.Calls, store.Statistics.Commands - before.Commands));

        // Each linked person's accounts came back through the DataLoaders, with their names (a WhatsApp contact may have none).
        var accounts = second.GetProperty("data").GetProperty("users").EnumerateArray()
            .SelectMany(user => user.GetProperty("person").GetProperty("accounts").EnumerateArray()).ToList();
        Assert.True(accounts.Count > 100);
        Assert.True(accounts.Count(account => account.GetProperty("displayName").ValueKind == JsonValueKind.String) > accounts.Count * 9 / 10);

        // The query passes the default cost limits.
        var cost = (await _server.QueryAsync(Query, new { refs }, headers: new Dictionary<string, string> { ["GraphQL-Cost"] = "report" })).GetProperty("extensions").GetProperty("cost");
        Assert.InRange(cost.GetProperty("fieldCost").GetDouble(), 100, 1000);
        Assert.InRange(cost.GetProperty("typeCost").GetDouble(), 100, 1000);
    }

    [Fact]
    public async Task A_person_merges_its_accounts_fields_by_precedence()
    {
        var person = _server.Dataset.LinkedPeople.First(person => person.SlackUserId is not null && person.WhatsAppChatId is not null);
        var slack = _server.Dataset.SlackUsersById[person.SlackUserId!];
        var result = await _server.QueryAsync(
            "query($id: ID!) { user(provider: SLACK, id: $id) { displayName person { displayName emails phones avatar(size: 48) { width } } } }",
            new { id = person.SlackUserId });

        var merged = result.GetProperty("data").GetProperty("user").GetProperty("person");
        Assert.Equal(result.GetProperty("data").GetProperty("user").GetProperty("displayName").GetString(), merged.GetProperty("displayName").GetString());
        Assert.Equal(person.Email, merged.GetProperty("emails")[0].GetString());
        Assert.Equal([person.Phone], merged.GetProperty("phones").EnumerateArray().Select(phone => phone.GetString()));
        Assert.Equal(48, merged.GetProperty("avatar").GetProperty("width").GetInt32());
        Assert.Equal(slack.Profile.Email, person.Email);
    }

    /// <summary>Each ref's user, keyed by ref, with its person.</summary>
    private async Task<Dictionary<Ref, PersonView>> UsersAsync(IReadOnlyList<Ref> refs)
    {
        var result = await _server.QueryAsync(PeopleQuery, new { refs });
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data").GetProperty("users").EnumerateArray().ToDictionary(
            user => new Ref(user.GetProperty("provider").GetString()!, user.GetProperty("providerId").GetString()!),
            user =>
            {
                var person = user.GetProperty("person");
                return new PersonView(
                    person.GetProperty("id").GetString()!,
                    person.GetProperty("links").EnumerateArray().ToDictionary(
                        link => new Ref(link.GetProperty("account").GetProperty("provider").GetString()!, link.GetProperty("account").GetProperty("providerId").GetString()!),
                        link => link.GetProperty("reason").GetString()!),
                    [.. person.GetProperty("suggestions").EnumerateArray().Select(suggestion => new SuggestionView(
                        new Ref(suggestion.GetProperty("user").GetProperty("provider").GetString()!, suggestion.GetProperty("user").GetProperty("providerId").GetString()!),
                        suggestion.GetProperty("score").GetDouble(),
                        [.. suggestion.GetProperty("reasons").EnumerateArray().Select(reason => reason.GetString()!)]))]);
            });
    }

    private static IEnumerable<Ref> Accounts(LinkedPerson person)
    {
        if (person.SlackUserId is { } slack)
        {
            yield return new Ref("SLACK", slack);
        }

        if (person.WhatsAppChatId is { } whatsapp)
        {
            yield return new Ref("WHATSAPP", whatsapp);
        }

        foreach (var account in NameOnlyAccounts(person))
        {
            yield return account;
        }
    }

    private static IEnumerable<Ref> NameOnlyAccounts(LinkedPerson person)
    {
        if (person.TelegramKey is { } telegram)
        {
            yield return new Ref("TELEGRAM", telegram);
        }

        if (person.NandboxUserId is { } nandbox)
        {
            yield return new Ref("NANDBOX", nandbox);
        }
    }

    private sealed record Ref(string Provider, string Id) : IComparable<Ref>
    {
        public int CompareTo(Ref? other) => string.CompareOrdinal(Provider + ":" + Id, other?.Provider + ":" + other?.Id);
    }

    private sealed record PersonView(string Id, Dictionary<Ref, string> Links, IReadOnlyList<SuggestionView> Suggestions);

    private sealed record SuggestionView(Ref User, double Score, IReadOnlyList<string> Reasons);
}
