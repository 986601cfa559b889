using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using ProfileGraph.Server.Tests.Clients;
using ProfileGraph.Server.Tests.Integration;
using ProfileGraph.Testing;

namespace ProfileGraph.Server.Tests.People;

/// <summary>
/// Manual links over HTTP on both stores (a SQLite file, a real PostgreSQL server): round trips, idempotence, clear
/// errors, write permission, federation and node lookups, and replicas linking at once through one PostgreSQL.
/// </summary>
public sealed class PersonMutationTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private const string Link = """
        mutation Link($refs: [UserRef!]!) {
          linkAccounts(refs: $refs) { id links { account { provider providerId } reason linkedAt } }
        }
        """;

    private const string Unlink = """
        mutation Unlink($ref: UserRef!) {
          unlinkAccount(ref: $ref) { provider providerId person { id links { reason } accounts { providerId } } }
        }
        """;

    private const string PersonOf = "query($provider: Provider!, $id: ID!) { user(provider: $provider, id: $id) { person { id links { reason } } } }";

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Links_round_trip_and_are_idempotent(string store)
    {
        await using var server = await StartAsync(store);
        var telegram = Ref("TELEGRAM", server.Dataset.TelegramUsers[0].Key);
        var nandbox = Ref("NANDBOX", server.Dataset.NandboxUsers[0].Id);

        var linked = Data(await server.QueryAsync(Link, new { refs = new[] { telegram, nandbox } })).GetProperty("linkAccounts");
        var id = linked.GetProperty("id").GetString();
        Assert.Equal(["MANUAL", "MANUAL"], linked.GetProperty("links").EnumerateArray().Select(link => link.GetProperty("reason").GetString()));
        Assert.Equal([telegram.Id, nandbox.Id], linked.GetProperty("links").EnumerateArray().Select(link => link.GetProperty("account").GetProperty("providerId").GetString()));

        // Again, in the other order: the same person, unchanged.
        var again = Data(await server.QueryAsync(Link, new { refs = new[] { nandbox, telegram, nandbox } })).GetProperty("linkAccounts");
        Assert.Equal(linked.ToString(), again.ToString());
        Assert.Equal(id, Data(await server.QueryAsync(PersonOf, telegram)).GetProperty("user").GetProperty("person").GetProperty("id").GetString());

        // Unlinked, the account is a person of its own, and a person of one account is no more.
        var unlinked = Data(await server.QueryAsync(Unlink, new { @ref = telegram })).GetProperty("unlinkAccount");
        var alone = unlinked.GetProperty("person");
        Assert.NotEqual(id, alone.GetProperty("id").GetString());
        Assert.Equal(0, alone.GetProperty("links").GetArrayLength());
        Assert.Equal([telegram.Id], alone.GetProperty("accounts").EnumerateArray().Select(account => account.GetProperty("providerId").GetString()));
        Assert.Equal(0, Data(await server.QueryAsync(PersonOf, nandbox)).GetProperty("user").GetProperty("person").GetProperty("links").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, Data(await server.QueryAsync("query($id: ID!) { person(id: $id) { id } }", new { id })).GetProperty("person").ValueKind);
        Assert.Equal(alone.ToString(), Data(await server.QueryAsync(Unlink, new { @ref = telegram })).GetProperty("unlinkAccount").GetProperty("person").ToString());

        // An unlinked account may be linked again by hand.
        var relinked = Data(await server.QueryAsync(Link, new { refs = new[] { telegram, nandbox } })).GetProperty("linkAccounts");
        Assert.Equal(2, relinked.GetProperty("links").GetArrayLength());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Bad_links_get_clear_errors_and_change_nothing(string store)
    {
        await using var server = await StartAsync(store);
        var data = server.Dataset;
        var (a, b, c, d) = (Ref("TELEGRAM", data.TelegramUsers[1].Key), Ref("NANDBOX", data.NandboxUsers[1].Id), Ref("TELEGRAM", data.TelegramUsers[2].Key), Ref("NANDBOX", data.NandboxUsers[2].Id));
        var first = Data(await server.QueryAsync(Link, new { refs = new[] { a, b } })).GetProperty("linkAccounts").GetProperty("id").GetString();
        var second = Data(await server.QueryAsync(Link, new { refs = new[] { c, d } })).GetProperty("linkAccounts").GetProperty("id").GetString();

        var conflict = Error(await server.QueryAsync(Link, new { refs = new[] { b, c } }), "PERSON_LINK_CONFLICT");
        Assert.Equal(
            [(b.Id, first), (c.Id, second)],
            conflict.GetProperty("extensions").GetProperty("people").EnumerateArray().Select(person => (person.GetProperty("id").GetString(), person.GetProperty("person").GetString())).OrderBy(pair => pair.Item1 == b.Id ? 0 : 1));
        Assert.Equal(first, Data(await server.QueryAsync(PersonOf, b)).GetProperty("user").GetProperty("person").GetProperty("id").GetString());
        Assert.Equal(second, Data(await server.QueryAsync(PersonOf, c)).GetProperty("user").GetProperty("person").GetProperty("id").GetString());

        var calls = server.Store().Statistics.Calls;
        Error(await server.QueryAsync(Link, new { refs = new[] { a, Ref("SLACK", "UNOSUCHUSER") } }), "USER_NOT_FOUND");
        Error(await server.QueryAsync(Link, new { refs = new[] { a, a } }), "BAD_USER_INPUT");
        Error(await server.QueryAsync(Link, new { refs = data.TelegramUsers.Take(21).Select(user => Ref("TELEGRAM", user.Key)).ToArray() }), "BAD_USER_INPUT");
        Error(await server.QueryAsync(Link, new { refs = new[] { a, Ref("SLACK", "") } }), "BAD_USER_INPUT");
        Error(await server.QueryAsync(Unlink, new { @ref = Ref("NANDBOX", "404404404") }), "USER_NOT_FOUND");
        Assert.Equal(calls, server.Store().Statistics.Calls);
    }

    [Fact]
    public async Task Only_clients_granted_write_may_link()
    {
        await using var server = new ProfileGraphServer(new Dictionary<string, string?>
        {
            ["Clients:RequireKey"] = "true",
            ["Clients:reader:KeySha256"] = ApiKeys.Sha256("reader-key"),
            ["Clients:writer:KeySha256"] = ApiKeys.Sha256("writer-key"),
            ["Clients:writer:Write"] = "true",
        });
        await server.InitializeAsync();
        var refs = new[] { Ref("TELEGRAM", server.Dataset.TelegramUsers[3].Key), Ref("NANDBOX", server.Dataset.NandboxUsers[3].Id) };

        var (status, body) = await PostAsync(server, Link, new { refs }, "reader-key");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("\"reader\" may not run mutations", Error(body, "FORBIDDEN").GetProperty("message").GetString()!, StringComparison.Ordinal);
        Assert.Equal(0, server.Store().Statistics.Calls);
        Assert.Equal(0, server.TotalRequests());

        // The reader still reads people.
        (status, body) = await PostAsync(server, PersonOf, refs[0], "reader-key");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, Data(body).GetProperty("user").GetProperty("person").GetProperty("links").GetArrayLength());

        (status, body) = await PostAsync(server, Link, new { refs }, "writer-key");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, Data(body).GetProperty("linkAccounts").GetProperty("links").GetArrayLength());
    }

    [Theory]
    [InlineData("Production", null, HttpStatusCode.Forbidden)]
    [InlineData("Production", "true", HttpStatusCode.OK)]
    [InlineData("Development", null, HttpStatusCode.OK)]
    [InlineData("Development", "false", HttpStatusCode.Forbidden)]
    public async Task A_caller_without_a_key_writes_in_development_only_unless_configured(string environment, string? anonymousWrite, HttpStatusCode expected)
    {
        await using var server = new ProfileGraphServer(new Dictionary<string, string?> { ["Clients:Anonymous:Write"] = anonymousWrite }, environment);
        await server.InitializeAsync();
        var refs = new[] { Ref("TELEGRAM", server.Dataset.TelegramUsers[4].Key), Ref("NANDBOX", server.Dataset.NandboxUsers[4].Id) };

        var (status, _) = await PostAsync(server, Link, new { refs }, key: null);
        Assert.Equal(expected, status);
    }

    [Fact]
    public async Task A_person_is_a_federation_entity_and_a_node()
    {
        await using var server = await StartAsync("sqlite");
        var refs = new[] { Ref("TELEGRAM", server.Dataset.TelegramUsers[5].Key), Ref("NANDBOX", server.Dataset.NandboxUsers[5].Id) };
        var id = Data(await server.QueryAsync(Link, new { refs })).GetProperty("linkAccounts").GetProperty("id").GetString();
        var alone = Data(await server.QueryAsync(PersonOf, Ref("NANDBOX", server.Dataset.NandboxUsers[6].Id))).GetProperty("user").GetProperty("person").GetProperty("id").GetString();

        var entities = Data(await server.QueryAsync(
            "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { id accounts { provider providerId } } } }",
            new { representations = new object[] { new { __typename = "Person", id }, new { __typename = "Person", id = alone } } })).GetProperty("_entities");
        Assert.Equal(id, entities[0].GetProperty("id").GetString());
        Assert.Equal([refs[0].Id, refs[1].Id], entities[0].GetProperty("accounts").EnumerateArray().Select(account => account.GetProperty("providerId").GetString()));
        Assert.Equal(alone, entities[1].GetProperty("id").GetString());
        Assert.Equal(1, entities[1].GetProperty("accounts").GetArrayLength());

        // An ID of no node of this graph fails its own position only.
        var nodes = await server.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", new { ids = new[] { id, alone, "bm90IGFuIGlk" } });
        Assert.Equal(["Person", "Person"], nodes.GetProperty("data").GetProperty("nodes").EnumerateArray().Take(2).Select(node => node.GetProperty("__typename").GetString()));
        Assert.Equal(JsonValueKind.Null, nodes.GetProperty("data").GetProperty("nodes")[2].ValueKind);
        Assert.Equal("[\"nodes\",2]", Error(nodes, "BAD_USER_INPUT").GetProperty("path").GetRawText());
    }

    [Fact]
    public async Task Replicas_sharing_postgres_keep_concurrent_overlapping_links_consistent()
    {
        var database = await postgres.Server.CreateDatabaseAsync();
        await using var first = await StartAsync("postgres", database);
        await using var second = await StartAsync("postgres", database);
        var accounts = first.Dataset.TelegramUsers.Skip(100).Take(16).Select(user => Ref("TELEGRAM", user.Key)).ToArray();
        var requests = Enumerable.Range(0, accounts.Length - 1).Select(i => new[] { accounts[i], accounts[i + 1] })
            .Concat(Enumerable.Range(0, 6).Select(i => new[] { accounts[i], accounts[15 - i] }))
            .ToArray();

        var results = await Task.WhenAll(requests.Select((refs, index) => (index % 2 == 0 ? first : second).QueryAsync(Link, new { refs })));

        // Each link either held or was refused as a conflict; whatever held is whole on both replicas.
        var persons = await Task.WhenAll(accounts.Select(async account => Data(await second.QueryAsync(PersonOf, account)).GetProperty("user").GetProperty("person").GetProperty("id").GetString()));
        var personOf = accounts.Select((account, index) => (account.Id, persons[index])).ToDictionary(pair => pair.Id, pair => pair.Item2);
        for (var i = 0; i < requests.Length; i++)
        {
            if (results[i].TryGetProperty("errors", out _))
            {
                Error(results[i], "PERSON_LINK_CONFLICT");
            }
            else
            {
                Assert.Single(requests[i].Select(account => personOf[account.Id]).Distinct());
            }
        }

        Assert.Contains(results, result => !result.TryGetProperty("errors", out _));
        var again = await Task.WhenAll(accounts.Select(async account => Data(await first.QueryAsync(PersonOf, account)).GetProperty("user").GetProperty("person").GetProperty("id").GetString()));
        Assert.Equal(persons, again);
    }

    private async Task<ProfileGraphServer> StartAsync(string store, string? database = null)
    {
        var settings = new Dictionary<string, string?> { ["Clients:Anonymous:Write"] = "true" };
        if (store == "postgres")
        {
            settings["ConnectionStrings:Postgres"] = database ?? await postgres.Server.CreateDatabaseAsync();
        }

        var server = ProfileGraphServer.WithCache(settings);
        await server.InitializeAsync();
        return server;
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(ProfileGraphServer server, string query, object variables, string? key)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone());
    }

    private static UserInput Ref(string provider, string id) => new(provider, id);

    private static JsonElement Data(JsonElement result)
    {
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }

    /// <summary>A <c>UserRef</c> input as the variables carry it.</summary>
    private sealed record UserInput([property: JsonPropertyName("provider")] string Provider, [property: JsonPropertyName("id")] string Id);

    private static JsonElement Error(JsonElement result, string code)
    {
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        return error;
    }
}
