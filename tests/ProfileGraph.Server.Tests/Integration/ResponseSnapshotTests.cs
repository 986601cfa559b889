using Snapshooter.Xunit;

namespace ProfileGraph.Server.Tests.Integration;

/// <summary>Representative responses against the seeded emulators, held by Snapshooter (the service's own address made neutral).</summary>
public sealed class ResponseSnapshotTests(ProfileGraphServer server) : IClassFixture<ProfileGraphServer>
{
    [Fact]
    public async Task One_person_on_all_four_platforms()
    {
        var result = await server.QueryAsync("""
            { users(refs: [{ provider: SLACK, id: "UY54UXOFU5T" }, { provider: TELEGRAM, id: "49219391-4b36-37d1-7e40-5e7bbccce5cb" },
                           { provider: WHATSAPP, id: "7222573809@c.us" }, { provider: NANDBOX, id: "90083930152467568" }]) {
                id provider displayName email phone username avatar(size: 64) { url width } } }
            """);

        Snapshot.Match(Neutral(result.GetRawText()));
    }

    [Fact]
    public async Task A_whatsapp_business_and_its_products()
    {
        var result = await server.QueryAsync("""
            { user(provider: WHATSAPP, id: "15352849805@c.us") {
                displayName whatsapp { category description products(first: 2) { totalCount nodes { name price availability } } } } }
            """);

        Snapshot.Match(Neutral(result.GetRawText()));
    }

    [Fact]
    public async Task Refusals_before_execution()
    {
        var result = await server.QueryAsync("{ a: user(provider: SLACK, id: \"1\") { photos { url } } b: users(refs: []) { id } __schema { types { name } } }");

        Snapshot.Match(result.GetRawText());
    }

    private string Neutral(string json) => json.Replace(server.Address.AbsoluteUri, "http://service/", StringComparison.Ordinal);
}
