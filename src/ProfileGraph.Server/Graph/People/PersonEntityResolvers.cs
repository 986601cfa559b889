using ProfileGraph.GraphQL.Execution;

namespace ProfileGraph.Server.Graph.People;

/// <summary>How a federation gateway gets people from this subgraph (<c>_entities</c>): by <c>@key(fields: "id")</c>.</summary>
public static class PersonEntityResolvers
{
    public static Task<ProfilePerson?> ById(IResolverContext context, string id) => PersonFetcher.ByIdAsync(context, id);
}
