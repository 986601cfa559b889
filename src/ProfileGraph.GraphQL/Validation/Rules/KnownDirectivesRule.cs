using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.7.1 Directives Are Defined and §5.7.2 Directives Are In Valid Locations.
/// https://spec.graphql.org/September2025/#sec-Directives-Are-Defined
/// </summary>
public sealed class KnownDirectivesRule : ValidationRule
{
    public override void EnterDirective(ValidationContext context, DirectiveNode node)
    {
        if (context.TypeInfo.Directive is not { } directive)
        {
            context.ReportError($"Unknown directive \"@{node.Name.Value}\".", node);
            return;
        }

        var location = context.TypeInfo.DirectiveLocation;
        foreach (var allowed in directive.Locations)
        {
            if (allowed == location)
            {
                return;
            }
        }

        context.ReportError($"Directive \"@{node.Name.Value}\" may not be used on {location.ToSpecName()}.", node);
    }
}
