using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.3.3 Leaf Field Selections: leaf fields have no selection set, composite fields must have one.
/// https://spec.graphql.org/September2025/#sec-Leaf-Field-Selections
/// </summary>
public sealed class ScalarLeafsRule : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (context.TypeInfo.Type is not { } type)
        {
            return;
        }

        var isLeaf = type.GetNamedType() is LeafType;
        if (isLeaf && node.SelectionSet is { } selectionSet)
        {
            context.ReportError($"Field \"{node.Name.Value}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
        }
        else if (!isLeaf && node.SelectionSet is null)
        {
            context.ReportError($"Field \"{node.Name.Value}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{node.Name.Value} {{ ... }}\"?", node);
        }
    }
}
