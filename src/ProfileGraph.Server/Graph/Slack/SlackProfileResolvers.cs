namespace ProfileGraph.Server.Graph.Slack;

/// <summary>The <c>SlackProfile</c> fields with arguments; the rest are read from <see cref="SlackData"/>.</summary>
public static class SlackProfileResolvers
{
    public static IReadOnlyList<SlackCustomField> Fields([GraphQL.Binding.Parent] SlackData slack, bool includeLabels) => slack.Fields(includeLabels);
}
