using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.7.3 Directives Are Unique per Location: a non-repeatable directive appears once per location.
/// https://spec.graphql.org/September2025/#sec-Directives-Are-Unique-per-Location
/// </summary>
public sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    public override void EnterDirectives(ValidationContext context, IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 1; i < directives.Count; i++)
        {
            var name = directives[i].Name.Value;
            if (context.Schema.GetDirective(name) is not { IsRepeatable: false })
            {
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                if (directives[j].Name.Value == name)
                {
                    context.ReportError($"The directive \"@{name}\" can only be used once at this location.", directives[j], directives[i]);
                    break;
                }
            }
        }
    }
}
