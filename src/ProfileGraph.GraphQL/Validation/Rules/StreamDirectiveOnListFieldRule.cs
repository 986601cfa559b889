using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// Incremental delivery RFC, "Stream Directives Are Used On List Fields": only a list can be streamed.
/// graphql-js 17's StreamDirectiveOnListFieldRule.
/// </summary>
public sealed class StreamDirectiveOnListFieldRule : ValidationRule
{
    public override void EnterDirective(ValidationContext context, DirectiveNode node)
    {
        if (node.Name.Value != "stream" || context.Schema.GetDirective("stream") is null || context.TypeInfo.FieldDefinition is not { } field || context.TypeInfo.ParentType is not { } parent)
        {
            return;
        }

        var type = field.Type is NonNullType nonNull ? nonNull.OfType : field.Type;
        if (type is not ListType)
        {
            context.ReportError($"Stream directive cannot be used on non-list field \"{parent.Name}.{field.Name}\".", node);
        }
    }
}
