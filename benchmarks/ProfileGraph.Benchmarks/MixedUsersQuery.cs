using ProfileGraph.Emulators.Data;
using ProfileGraph.Providers;
using ProfileGraph.Server.Graph.Providers;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Benchmarks;

/// <summary>
/// The graph suite's query, <c>Documents/graph-users.graphql</c>, over 100 refs of the emulators' data set: 75
/// distinct users of the four providers, interleaved, then every third of them asked for again.
/// </summary>
internal sealed class MixedUsersQuery
{
    public const string DocumentName = "graph-users.graphql";

    private static readonly (Provider Provider, int Count)[] Distinct =
        [(Provider.Slack, 20), (Provider.Telegram, 25), (Provider.WhatsApp, 10), (Provider.Nandbox, 20)];

    private MixedUsersQuery(string document, IReadOnlyList<UserRef> refs)
    {
        Document = document;
        Refs = refs;
    }

    public string Document { get; }

    public IReadOnlyList<UserRef> Refs { get; }

    /// <summary>The JSON body of the request.</summary>
    public object Request => new { query = Document, variables = new { refs = Refs.Select(r => new { provider = ProviderNames.Of(r.Provider), id = r.Id }) } };

    public static MixedUsersQuery Create(EmulatorDataset data)
    {
        var byProvider = Distinct.Select(d => IdsOf(data, d.Provider).Take(d.Count).Select(id => new UserRef(d.Provider, id)).ToList()).ToList();
        var distinct = Enumerable.Range(0, byProvider.Max(users => users.Count))
            .SelectMany(i => byProvider.Where(users => i < users.Count).Select(users => users[i]))
            .ToList();
        return new MixedUsersQuery(File.ReadAllText(Repository.DocumentPath(DocumentName)), [.. distinct, .. distinct.Where((_, i) => i % 3 == 0)]);
    }

    /// <summary>Such as "100 refs (75 distinct): SLACK 24 (20 distinct), ...".</summary>
    public string Describe() =>
        $"{Refs.Count} refs ({Refs.Distinct().Count()} distinct): "
        + string.Join(", ", Distinct.Select(d => $"{ProviderNames.Of(d.Provider)} {Refs.Count(r => r.Provider == d.Provider)} ({d.Count} distinct)"));

    private static IEnumerable<string> IdsOf(EmulatorDataset data, Provider provider) => provider switch
    {
        Provider.Slack => data.SlackUsers.Select(u => u.Id),
        Provider.Telegram => data.TelegramUsers.Select(u => u.Key),
        Provider.WhatsApp => data.WhatsAppContacts.Select(c => c.ChatId),
        _ => data.NandboxUsers.Select(u => u.Id),
    };
}
