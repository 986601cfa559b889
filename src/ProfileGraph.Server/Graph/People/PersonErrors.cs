using ProfileGraph.GraphQL.Execution;

namespace ProfileGraph.Server.Graph.People;

/// <summary>The errors of people and their links, with the codes clients act on.</summary>
public static class PersonErrors
{
    public const string LinkConflict = "PERSON_LINK_CONFLICT";
    public const string StoreUnavailable = "PERSON_STORE_UNAVAILABLE";

    public static GraphQLException Unavailable(Exception cause) =>
        new("The person store is unavailable; try again shortly.", StoreUnavailable, null, cause);
}
