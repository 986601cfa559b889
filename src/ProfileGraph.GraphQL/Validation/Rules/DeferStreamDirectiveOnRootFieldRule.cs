using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// Incremental delivery RFC, "Defer And Stream Directives Are Used On Valid Root Field": mutation and subscription
/// root fields are neither deferred nor streamed (a mutation's effects must be ordered; a subscription event is one
/// response). graphql-js 17's DeferStreamDirectiveOnRootFieldRule.
/// </summary>
public sealed class DeferStreamDirectiveOnRootFieldRule : ValidationRule
{
    public override void EnterDirective(ValidationContext context, DirectiveNode node)
    {
        var name = node.Name.Value;
        if (name is not ("defer" or "stream") || context.Schema.GetDirective(name) is null || context.TypeInfo.ParentType is not { } parent)
        {
            return;
        }

        var root = ReferenceEquals(parent, context.Schema.MutationType) ? "mutation"
            : ReferenceEquals(parent, context.Schema.SubscriptionType) ? "subscription"
            : null;
        if (root is not null)
        {
            context.ReportError($"{(name == "defer" ? "Defer" : "Stream")} directive cannot be used on root {root} type \"{parent.Name}\".", node);
        }
    }
}
