using System.Text.Json;
using ProfileGraph.Emulators;
using ProfileGraph.GraphQL.Federation;
using ProfileGraph.Server.Schema;

namespace ProfileGraph.Server.Tests.Integration;

/// <summary>
/// The service as a federation subgraph over HTTP: what <c>_service</c> serves, and <c>_entities</c> resolving
/// <c>User</c> representations by either key through the provider DataLoaders, at the cost of <c>users(refs:)</c>.
/// </summary>
public sealed class EntitiesTests(ProfileGraphServer server) : IClassFixture<ProfileGraphServer>
{
    private const string Entities = """
        query($representations: [_Any!]!) {
          _entities(representations: $representations) { __typename ... on User { id provider providerId displayName username telegram { firstName } } }
        }
        """;

    [Fact]
    public async Task The_service_sdl_is_the_subgraph_sdl_schema_export_prints()
    {
        var result = await server.QueryAsync("{ _service { sdl } }");

        Assert.Equal(Subgraph.Of(ProfileSchema.Build())!.Sdl, result.GetProperty("data").GetProperty("_service").GetProperty("sdl").GetString());
    }

    [Fact]
    public async Task A_hundred_representations_cost_what_users_refs_costs_and_one_infobip_list_call()
    {
        var data = server.Dataset;
        var refs = data.TelegramUsers.Take(80).Select(u => ("TELEGRAM", u.Key))
            .Concat(data.SlackUsers.Take(10).Select(u => ("SLACK", u.Id)))
            .Concat(data.NandboxUsers.Take(5).Select(u => ("NANDBOX", u.Id)))
            .Concat(data.WhatsAppContacts.Take(5).Select(c => ("WHATSAPP", c.ChatId)))
            .Select(r => new Dictionary<string, string> { ["provider"] = r.Item1, ["id"] = r.Item2 })
            .ToArray();
        const string Users = "query($refs: [UserRef!]!) { users(refs: $refs) { __typename id provider providerId displayName username telegram { firstName } } }";

        // A first, unmeasured run warms every provider's path, so no cold start's retry makes the costs differ.
        var ids = (await server.QueryAsync(Users, new { refs }))
            .GetProperty("data").GetProperty("users").EnumerateArray().Select(u => u.GetProperty("id").GetString()!).ToArray();

        // Every other representation by the global id, the others by the provider's id: both resolvers share the batches.
        var representations = refs.Select((r, i) => i % 2 == 0
            ? new Dictionary<string, string> { ["__typename"] = "User", ["id"] = ids[i] }
            : new Dictionary<string, string> { ["__typename"] = "User", ["provider"] = r["provider"], ["providerId"] = r["id"] }).ToArray();
        server.Emulators.State.Counters.Reset();
        var entities = await server.QueryAsync(Entities, new { representations });
        var entityCosts = Costs();
        var (listCalls, getCalls) = (server.Counter(EmulatedProvider.Telegram, EmulatedEndpoints.TelegramListUsers).Requests, server.Counter(EmulatedProvider.Telegram, EmulatedEndpoints.TelegramGetUser).Requests);

        server.Emulators.State.Counters.Reset();
        var users = await server.QueryAsync(Users, new { refs });
        var usersCosts = Costs();

        Assert.False(entities.TryGetProperty("errors", out _), entities.ToString());
        Assert.Equal(100, entities.GetProperty("data").GetProperty("_entities").GetArrayLength());
        Assert.Equal(users.GetProperty("data").GetProperty("users").GetRawText(), entities.GetProperty("data").GetProperty("_entities").GetRawText());
        Assert.Equal(data.TelegramUsers[42].FirstName, entities.GetProperty("data").GetProperty("_entities")[42].GetProperty("telegram").GetProperty("firstName").GetString());
        Assert.Equal((1, 0), (listCalls, getCalls));
        Assert.Equal(usersCosts, entityCosts);
    }

    [Theory]
    [InlineData("SLACK")]
    [InlineData("TELEGRAM")]
    [InlineData("WHATSAPP")]
    [InlineData("NANDBOX")]
    public async Task Either_key_resolves_the_user_that_user_resolves(string provider)
    {
        var providerId = provider switch
        {
            "SLACK" => server.Dataset.SlackUsers[7].Id,
            "TELEGRAM" => server.Dataset.TelegramUsers[7].Key,
            "WHATSAPP" => server.Dataset.WhatsAppContacts[7].ChatId,
            _ => server.Dataset.NandboxUsers[7].Id,
        };
        var direct = await server.QueryAsync(
            "query($provider: Provider!, $id: ID!) { user(provider: $provider, id: $id) { __typename id provider providerId displayName username telegram { firstName } } }",
            new { provider, id = providerId });
        var user = direct.GetProperty("data").GetProperty("user");

        var representations = new[]
        {
            new Dictionary<string, string> { ["__typename"] = "User", ["id"] = user.GetProperty("id").GetString()! },
            new Dictionary<string, string> { ["__typename"] = "User", ["provider"] = provider, ["providerId"] = providerId },
        };
        var result = await server.QueryAsync(Entities, new { representations });

        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        Assert.NotEqual(JsonValueKind.Null, user.GetProperty("displayName").ValueKind);
        Assert.All(result.GetProperty("data").GetProperty("_entities").EnumerateArray(), entity => Assert.Equal(user.GetRawText(), entity.GetRawText()));
    }

    [Fact]
    public async Task A_representation_that_names_no_user_is_null_with_a_coded_error_at_its_path()
    {
        var known = server.Dataset.TelegramUsers[3];
        var representations = new object[]
        {
            new Dictionary<string, object> { ["__typename"] = "User", ["provider"] = "TELEGRAM", ["providerId"] = known.Key },
            new Dictionary<string, object> { ["__typename"] = "User", ["provider"] = "TELEGRAM", ["providerId"] = "no-such-user" },
            new Dictionary<string, object> { ["__typename"] = "User", ["id"] = "not-an-id" },
            new Dictionary<string, object> { ["__typename"] = "User", ["provider"] = "MYSPACE", ["providerId"] = "1" },
            new Dictionary<string, object> { ["__typename"] = "User", ["provider"] = "SLACK", ["providerId"] = "" },
            new Dictionary<string, object> { ["__typename"] = "User", ["username"] = known.Username ?? "someone" },
            new Dictionary<string, object> { ["__typename"] = "Account", ["id"] = "1" },
            new Dictionary<string, object> { ["__typename"] = "User", ["provider"] = "TELEGRAM", ["providerId"] = known.Key },
        };

        var result = await server.QueryAsync("query($r: [_Any!]!) { _entities(representations: $r) { ... on User { providerId displayName } } }", new { r = representations });

        var entities = result.GetProperty("data").GetProperty("_entities");
        Assert.Equal(
            [known.Key, null, null, null, null, null, null, known.Key],
            entities.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? null : e.GetProperty("providerId").GetString()));
        Assert.Equal($"{known.FirstName} {known.LastName}".Trim(), entities[7].GetProperty("displayName").GetString());
        Assert.Equal(
            [
                ("[\"_entities\",1]", "USER_NOT_FOUND"),
                ("[\"_entities\",2]", "BAD_USER_INPUT"),
                ("[\"_entities\",3]", "BAD_USER_INPUT"),
                ("[\"_entities\",4]", "BAD_USER_INPUT"),
                ("[\"_entities\",5]", "BAD_USER_INPUT"),
                ("[\"_entities\",6]", "BAD_USER_INPUT"),
            ],
            result.GetProperty("errors").EnumerateArray()
                .Select(e => (e.GetProperty("path").GetRawText(), e.GetProperty("extensions").GetProperty("code").GetString()))
                .OrderBy(e => e.Item1, StringComparer.Ordinal));
    }

    /// <summary>Every provider's counters, as JSON, to compare two requests' costs whole.</summary>
    private string Costs() => JsonSerializer.Serialize(
        Enum.GetValues<EmulatedProvider>().ToDictionary(p => p.ToString(), p => server.Emulators.State.Counters.Snapshot(p)));
}
