using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ProfileGraph.Server.Tests.Integration;

namespace ProfileGraph.Server.Tests.Clients;

/// <summary>Trusted documents by <c>documentId</c> (POST and GET), a trusted-only client, and Apollo's automatic persisted queries.</summary>
public sealed class PersistedDocumentTests
{
    private const string AppKey = "pg_live_webapp_9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a";
    private const string PartnerKey = "pg_live_partner_1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d";
    private const string Providers = "query Providers { providers { provider } }";
    private const string Typename = "{ __typename }";


    [Fact]
    public async Task A_trusted_document_runs_by_its_document_id_over_post_and_get()
    {
        await using var server = await DocumentsServer.StartAsync();
        var posted = await PostAsync(server, AppKey, new { documentId = "sha256:" + ApiKeys.Sha256(Providers) });
        using var client = Client(server, AppKey);
        using var got = await client.GetAsync($"graphql?documentId=sha256:{ApiKeys.Sha256(Providers)}");
        var gotBody = await got.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal(4, posted.Body.GetProperty("data").GetProperty("providers").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, got.StatusCode);
        Assert.Equal(posted.Body.GetRawText(), gotBody.GetRawText());
    }

    [Fact]
    public async Task A_trusted_only_client_is_refused_its_own_documents_and_unknown_ids()
    {
        await using var server = await DocumentsServer.StartAsync();
        var adHoc = await PostAsync(server, AppKey, new { query = Typename });
        var unknown = await PostAsync(server, AppKey, new { documentId = "sha256:" + ApiKeys.Sha256(Typename) });
        var trustedText = await PostAsync(server, AppKey, new { query = Providers });

        Assert.Equal(HttpStatusCode.Forbidden, adHoc.Status);
        Assert.Equal("FORBIDDEN", CodeOf(adHoc.Body));
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", CodeOf(unknown.Body));
        Assert.Equal(HttpStatusCode.OK, trustedText.Status);
    }

    [Fact]
    public async Task Automatic_persisted_queries_round_trip_and_a_wrong_hash_is_refused()
    {
        await using var server = await DocumentsServer.StartAsync();
        var hash = ApiKeys.Sha256(Typename);
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } };

        var unknown = await PostAsync(server, PartnerKey, new { extensions });
        var registered = await PostAsync(server, PartnerKey, new { query = Typename, extensions });
        var byHash = await PostAsync(server, PartnerKey, new { extensions });
        var wrong = await PostAsync(server, PartnerKey, new { query = "{ providers { provider } }", extensions });
        var trustedOnly = await PostAsync(server, AppKey, new { extensions });

        Assert.Equal("PersistedQueryNotFound", unknown.Body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", CodeOf(unknown.Body));
        Assert.Equal("Query", registered.Body.GetProperty("data").GetProperty("__typename").GetString());
        Assert.Equal("Query", byHash.Body.GetProperty("data").GetProperty("__typename").GetString());
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", CodeOf(wrong.Body));
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", CodeOf(trustedOnly.Body));
    }

    private static string? CodeOf(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private static HttpClient Client(DocumentsServer server, string key)
    {
        var client = server.Service.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        client.DefaultRequestHeaders.Accept.ParseAdd("application/graphql-response+json");
        return client;
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(DocumentsServer server, string key, object request)
    {
        using var client = Client(server, key);
        using var response = await client.PostAsJsonAsync("graphql", request);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone());
    }

    /// <summary>The service with a trusted documents manifest in a temporary directory, both gone on dispose.</summary>
    private sealed class DocumentsServer(ProfileGraphServer service, string manifests) : IAsyncDisposable
    {
        public ProfileGraphServer Service => service;

        public static async Task<DocumentsServer> StartAsync()
        {
            var manifests = Directory.CreateTempSubdirectory("profilegraph-documents-").FullName;
            await File.WriteAllTextAsync(Path.Combine(manifests, "webapp.json"), JsonSerializer.Serialize(new Dictionary<string, string> { [ApiKeys.Sha256(Providers)] = Providers }));
            var service = new ProfileGraphServer(new Dictionary<string, string?>
            {
                ["Clients:RequireKey"] = null,
                ["GraphQL:TrustedDocumentsPath"] = manifests,
                ["Clients:webapp:KeySha256"] = ApiKeys.Sha256(AppKey),
                ["Clients:webapp:TrustedDocumentsOnly"] = "true",
                ["Clients:partner:KeySha256"] = ApiKeys.Sha256(PartnerKey),
            });
            await service.InitializeAsync();
            return new DocumentsServer(service, manifests);
        }

        public async ValueTask DisposeAsync()
        {
            await service.DisposeAsync();
            Directory.Delete(manifests, recursive: true);
        }
    }
}
