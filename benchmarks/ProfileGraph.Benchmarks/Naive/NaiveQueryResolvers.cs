using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Providers;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Benchmarks.Naive;

/// <summary>
/// The <c>Query</c> fields of the naive baseline. The user fields hand out the refs as given, calling nothing: the
/// <c>User</c> fields call their providers. The fields outside the benchmark answer an error.
/// </summary>
internal static class NaiveQueryResolvers
{
    public static UserRef Node(string id) => GlobalId.ParseUser(id);

    public static IReadOnlyList<object> Nodes(IReadOnlyList<string> ids) => [.. ids.Select(ParseOrError)];

    public static UserRef User(Provider provider, string id) => new(provider, id);

    public static IReadOnlyList<UserRef> Users(IReadOnlyList<UserRef> refs) => refs;

    public static object TelegramUsers() => throw NotInTheBaseline("telegramUsers");

    public static object Providers() => throw NotInTheBaseline("providers");

    public static object Person() => throw NotInTheBaseline("person");

    // As the service does: an ID that is not one of this graph's fails its own position only.
    private static object ParseOrError(string id)
    {
        try
        {
            return GlobalId.ParseUser(id);
        }
        catch (GraphQLException error)
        {
            return error;
        }
    }

    internal static GraphQLException NotInTheBaseline(string field) => new($"The naive baseline does not serve \"{field}\".");
}
