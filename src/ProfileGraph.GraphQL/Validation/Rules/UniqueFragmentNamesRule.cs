using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.1.1 Fragment Name Uniqueness: no two fragments share a name.
/// https://spec.graphql.org/September2025/#sec-Fragment-Name-Uniqueness
/// </summary>
public sealed class UniqueFragmentNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
        if (_known.TryGetValue(node.Name.Value, out var known))
        {
            context.ReportError($"There can be only one fragment named \"{node.Name.Value}\".", known, node.Name);
        }
        else
        {
            _known[node.Name.Value] = node.Name;
        }
    }
}
