using System.Text.Json;
using ProfileGraph.Emulators;

namespace ProfileGraph.Server.Tests.Integration;

/// <summary>Queries over HTTP against the embedded emulators, checking the data and what it cost in provider calls.</summary>
public sealed class ProfileQueryTests(ProfileGraphServer server) : IClassFixture<ProfileGraphServer>
{
    [Fact]
    public async Task Identity_fields_alone_call_no_provider()
    {
        server.Emulators.State.Counters.Reset();
        var slack = server.Dataset.SlackUsers[0].Id;
        var result = await server.QueryAsync(
            "query($slack: ID!) { user(provider: SLACK, id: $slack) { id provider providerId } users(refs: [{provider: NANDBOX, id: \"n1\"}, {provider: WHATSAPP, id: \"1@c.us\"}]) { providerId } }",
            new { slack });

        Assert.Equal(slack, result.GetProperty("data").GetProperty("user").GetProperty("providerId").GetString());
        Assert.Equal("SLACK", result.GetProperty("data").GetProperty("user").GetProperty("provider").GetString());
        Assert.Equal(0, server.TotalRequests());
    }

    [Fact]
    public async Task A_slack_user_with_every_field_costs_one_call_of_each_kind_it_needs()
    {
        server.Emulators.State.Counters.Reset();
        var expected = server.Dataset.SlackUsers.First(u => u.Profile.Fields.Count > 0 && !u.IsBot);
        var result = await server.QueryAsync(
            """
            query($id: ID!) {
              user(provider: SLACK, id: $id) {
                id provider providerId displayName firstName lastName username email phone isBot
                status { text emoji expiresAt } avatar(size: 60) { url width } photos { width }
                slack {
                  name title realName displayName email timeZone timeZoneOffset isAdmin deleted updated
                  images { image24 image512 original }
                  fields(includeLabels: true) { id value alt label }
                  plain: fields { label }
                }
                telegram { key }
                whatsapp { chatId }
              }
            }
            """,
            new { id = expected.Id });

        var user = result.GetProperty("data").GetProperty("user");
        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        Assert.Equal(expected.Profile.FirstName, user.GetProperty("firstName").GetString());
        Assert.Equal(expected.Name, user.GetProperty("username").GetString());
        Assert.Equal(expected.Tz, user.GetProperty("slack").GetProperty("timeZone").GetString());
        Assert.Equal(72, user.GetProperty("avatar").GetProperty("width").GetInt32());
        Assert.Equal(expected.Profile.Fields.Count, user.GetProperty("slack").GetProperty("fields").GetArrayLength());
        Assert.All(user.GetProperty("slack").GetProperty("fields").EnumerateArray(), f => Assert.NotNull(f.GetProperty("label").GetString()));
        Assert.All(user.GetProperty("slack").GetProperty("plain").EnumerateArray(), f => Assert.Equal(JsonValueKind.Null, f.GetProperty("label").ValueKind));
        Assert.Equal(JsonValueKind.Null, user.GetProperty("telegram").ValueKind);

        // users.info for the account fields, users.profile.get once, with labels: nothing else.
        Assert.Equal(1, server.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersInfo).Requests);
        Assert.Equal(1, server.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet).Requests);
        Assert.Equal(2, server.TotalRequests());
    }

    [Fact]
    public async Task Only_fields_with_include_labels_ask_slack_for_labels_and_profile_fields_alone_skip_users_info()
    {
        server.Emulators.State.Counters.Reset();
        var id = server.Dataset.SlackUsers[1].Id;
        var result = await server.QueryAsync("query($id: ID!) { user(provider: SLACK, id: $id) { displayName slack { title fields { id label } } } }", new { id });

        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        Assert.Equal(1, server.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet).Requests);
        Assert.Equal(0, server.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersInfo).Requests);
    }

    [Fact]
    public async Task A_whatsapp_avatar_alone_uses_get_avatar_and_contact_fields_use_get_contact_info()
    {
        server.Emulators.State.Counters.Reset();
        var chatId = server.Dataset.WhatsAppContacts[0].ChatId;
        var avatarOnly = await server.QueryAsync("query($id: ID!) { user(provider: WHATSAPP, id: $id) { phone avatar { url } whatsapp { avatar } } }", new { id = chatId });
        Assert.False(avatarOnly.TryGetProperty("errors", out _), avatarOnly.ToString());
        Assert.Equal(1, server.Counter(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetAvatar).Requests);
        Assert.Equal(0, server.Counter(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetContactInfo).Requests);

        var contact = await server.QueryAsync("query($id: ID!) { user(provider: WHATSAPP, id: $id) { displayName avatar { url } whatsapp { isBusiness products(first: 2) { totalCount nodes { id name price } } } } }", new { id = chatId });
        Assert.False(contact.TryGetProperty("errors", out _), contact.ToString());
        Assert.Equal(1, server.Counter(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetContactInfo).Requests);
        Assert.Equal(1, server.Counter(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetAvatar).Requests);
        Assert.Equal(
            server.Dataset.WhatsAppContactsByChatId[chatId].Products.Count,
            contact.GetProperty("data").GetProperty("user").GetProperty("whatsapp").GetProperty("products").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_hundred_telegram_users_cost_one_list_call()
    {
        server.Emulators.State.Counters.Reset();
        var refs = server.Dataset.TelegramUsers.Take(100).Select(u => new { provider = "TELEGRAM", id = u.Key }).ToArray();
        var result = await server.QueryAsync("query($refs: [UserRef!]!) { users(refs: $refs) { providerId displayName telegram { firstName username } } }", new { refs });

        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        var users = result.GetProperty("data").GetProperty("users");
        Assert.Equal(100, users.GetArrayLength());
        Assert.Equal(server.Dataset.TelegramUsers[42].FirstName, users[42].GetProperty("telegram").GetProperty("firstName").GetString());
        Assert.Equal(1, server.Counter(EmulatedProvider.Telegram, EmulatedEndpoints.TelegramListUsers).Requests);
        Assert.Equal(0, server.Counter(EmulatedProvider.Telegram, EmulatedEndpoints.TelegramGetUser).Requests);
    }

    [Fact]
    public async Task Fifty_nandbox_users_cost_fifty_get_user_frames_on_one_socket()
    {
        server.Emulators.State.Counters.Reset();
        var refs = server.Dataset.NandboxUsers.Take(50).Select(u => new { provider = "NANDBOX", id = u.Id }).ToArray();
        var result = await server.QueryAsync("query($refs: [UserRef!]!) { users(refs: $refs) { displayName nandbox { version isBot photo { url thumbnail { url } } } } }", new { refs });

        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        Assert.Equal(50, server.Counter(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxGetUser).Requests);
        Assert.True(server.Counter(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxConnect).Requests <= 1);
    }

    [Fact]
    public async Task A_mixed_query_of_a_hundred_refs_fetches_each_distinct_user_once()
    {
        server.Emulators.State.Counters.Reset();
        var data = server.Dataset;
        var distinct = data.SlackUsers.Take(10).Select(u => ("SLACK", u.Id))
            .Concat(data.TelegramUsers.Take(30).Select(u => ("TELEGRAM", u.Key)))
            .Concat(data.WhatsAppContacts.Take(10).Select(c => ("WHATSAPP", c.ChatId)))
            .Concat(data.NandboxUsers.Take(25).Select(u => ("NANDBOX", u.Id)))
            .ToList();
        var refs = distinct.Concat(distinct.Take(25)).Select(r => new { provider = r.Item1, id = r.Item2 }).ToArray();
        Assert.Equal(100, refs.Length);

        var result = await server.QueryAsync("query($refs: [UserRef!]!) { users(refs: $refs) { provider displayName } again: users(refs: $refs) { email } }", new { refs });

        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        Assert.Equal(100, result.GetProperty("data").GetProperty("users").GetArrayLength());
        Assert.Equal(10, server.Counter(EmulatedProvider.Slack, EmulatedEndpoints.SlackUsersProfileGet).Requests);
        Assert.Equal(1, server.Counter(EmulatedProvider.Telegram, EmulatedEndpoints.TelegramListUsers).Requests);
        Assert.Equal(10, server.Counter(EmulatedProvider.WhatsApp, EmulatedEndpoints.WhatsAppGetContactInfo).Requests);
        Assert.Equal(25, server.Counter(EmulatedProvider.Nandbox, EmulatedEndpoints.NandboxGetUser).Requests);
    }

    [Fact]
    public async Task Node_resolves_a_global_id_and_a_bad_id_is_a_clear_error()
    {
        var user = await server.QueryAsync("query($id: ID!) { user(provider: NANDBOX, id: $id) { id } }", new { id = server.Dataset.NandboxUsers[3].Id });
        var id = user.GetProperty("data").GetProperty("user").GetProperty("id").GetString();

        var result = await server.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id ... on User { displayName } } }", new { ids = new[] { id, "not-an-id" } });

        var nodes = result.GetProperty("data").GetProperty("nodes");
        Assert.Equal(server.Dataset.NandboxUsers[3].Name, nodes[0].GetProperty("displayName").GetString());
        Assert.Equal(JsonValueKind.Null, nodes[1].ValueKind);
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("[\"nodes\",1]", error.GetProperty("path").GetRawText());
    }

    [Fact]
    public async Task A_nandbox_photo_is_served_by_the_service_at_a_stable_url()
    {
        var expected = server.Dataset.NandboxUsers.First(u => u.Image is not null && u.Photo is not null);
        var result = await server.QueryAsync("query($id: ID!) { user(provider: NANDBOX, id: $id) { nandbox { photo { url width thumbnail { url width } } } } }", new { id = expected.Id });
        var photo = result.GetProperty("data").GetProperty("user").GetProperty("nandbox").GetProperty("photo");
        Assert.Equal(expected.Photo!.Width, photo.GetProperty("width").GetInt32());

        using var client = server.CreateClient();
        foreach (var url in new[] { photo.GetProperty("url").GetString()!, photo.GetProperty("thumbnail").GetProperty("url").GetString()! })
        {
            Assert.StartsWith(server.Address.AbsoluteUri + "photos/", url, StringComparison.Ordinal);
            using var response = await client.GetAsync(new Uri(url));
            Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(Convert.FromBase64String(expected.Image!), await response.Content.ReadAsByteArrayAsync());
        }

        using var unknown = await client.GetAsync("photos/not-a-photo");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
