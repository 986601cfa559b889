namespace ProfileGraph.GraphQL.Language;

/// <summary>Flattens a node's optional children and child lists, in order, for <see cref="SyntaxNode.GetChildren"/>.</summary>
internal static class SyntaxChildren
{
    public static SyntaxNode[] Of(params object?[] parts)
    {
        var children = new List<SyntaxNode>();
        foreach (var part in parts)
        {
            switch (part)
            {
                case SyntaxNode node:
                    children.Add(node);
                    break;
                case IEnumerable<SyntaxNode> nodes:
                    children.AddRange(nodes);
                    break;
            }
        }

        return children.ToArray();
    }
}
