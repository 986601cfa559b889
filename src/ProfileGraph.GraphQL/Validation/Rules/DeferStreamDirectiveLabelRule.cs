using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// Incremental delivery RFC, "Defer And Stream Directive Labels Are Unique": a label is a string literal (so a client
/// can tell payloads apart before it runs anything) and no two <c>@defer</c>/<c>@stream</c> share one in a document.
/// graphql-js 17's DeferStreamDirectiveLabelRule.
/// </summary>
public sealed class DeferStreamDirectiveLabelRule : ValidationRule
{
    private readonly Dictionary<string, DirectiveNode> _labels = new(StringComparer.Ordinal);

    public override void EnterDocument(ValidationContext context, DocumentNode node) => _labels.Clear();

    public override void EnterDirective(ValidationContext context, DirectiveNode node)
    {
        if (node.Name.Value is not ("defer" or "stream") || context.Schema.GetDirective(node.Name.Value) is null || node.Arguments.FirstOrDefault(argument => argument.Name.Value == "label") is not { } label)
        {
            return;
        }

        if (label.Value is not StringValueNode text)
        {
            context.ReportError($"{(node.Name.Value == "defer" ? "Defer" : "Stream")} directive label argument must be a static string.", node);
        }
        else if (!_labels.TryAdd(text.Value, node))
        {
            context.ReportError("Value for arguments \"defer(label:)\" and \"stream(label:)\" must be unique across all Defer/Stream directive usages.", _labels[text.Value], node);
        }
    }
}
