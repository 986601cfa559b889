using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.1.2 Fragment Spread Type Existence and §5.8.2 Variables Are Input Types: every named type exists in the schema.
/// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Type-Existence
/// </summary>
public sealed class KnownTypeNamesRule : ValidationRule
{
    public override void EnterNamedType(ValidationContext context, NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (context.Schema.GetType(name) is not null)
        {
            return;
        }

        var names = new List<string>(context.Schema.Types.Count);
        foreach (var type in context.Schema.Types)
        {
            names.Add(type.Name);
        }

        context.ReportError($"Unknown type \"{name}\"." + Suggestions.DidYouMean(Suggestions.List(name, names)), node);
    }
}
