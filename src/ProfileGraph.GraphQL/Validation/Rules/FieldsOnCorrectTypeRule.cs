using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.3.1 Field Selections: a selected field is defined on the type it is selected on.
/// https://spec.graphql.org/September2025/#sec-Field-Selections
/// </summary>
public sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        var typeInfo = context.TypeInfo;
        if (typeInfo.FieldDefinition is not null || typeInfo.ParentType is not { } parent)
        {
            return;
        }

        var name = node.Name.Value;
        var typeNames = SuggestedTypeNames(context.Schema, parent, name);
        var suggestion = typeNames.Count > 0
            ? Suggestions.DidYouMean(typeNames, "to use an inline fragment on")
            : Suggestions.DidYouMean(SuggestedFieldNames(parent, name));
        context.ReportError($"Cannot query field \"{name}\" on type \"{parent.Name}\"." + suggestion, node);
    }

    /// <summary>For an abstract type: the types that do have the field, most used first, interfaces before their implementations.</summary>
    private static List<string> SuggestedTypeNames(GraphQLSchema schema, NamedType type, string fieldName)
    {
        if (type is not (UnionType or InterfaceType))
        {
            return [];
        }

        var usageCount = new Dictionary<NamedType, int>();
        foreach (var possible in schema.GetPossibleTypes(type))
        {
            if (possible.GetField(fieldName) is null)
            {
                continue;
            }

            usageCount[possible] = 1;
            foreach (var @interface in possible.Interfaces)
            {
                if (@interface.GetField(fieldName) is not null)
                {
                    usageCount[@interface] = usageCount.GetValueOrDefault(@interface) + 1;
                }
            }
        }

        var suggested = new List<NamedType>(usageCount.Keys);
        suggested.Sort((a, b) =>
        {
            var byUsage = usageCount[b] - usageCount[a];
            if (byUsage != 0)
            {
                return byUsage;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            return b is InterfaceType && schema.IsSubType(b, a) ? 1 : Suggestions.NaturalCompare(a.Name, b.Name);
        });
        return suggested.ConvertAll(t => t.Name);
    }

    private static List<string> SuggestedFieldNames(NamedType type, string fieldName)
    {
        if (type is not ComplexOutputType complex)
        {
            return [];
        }

        var names = new List<string>(complex.Fields.Count);
        foreach (var field in complex.Fields)
        {
            names.Add(field.Name);
        }

        return Suggestions.List(fieldName, names);
    }
}
