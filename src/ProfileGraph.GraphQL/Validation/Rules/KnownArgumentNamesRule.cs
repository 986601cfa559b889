using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.4.1 Argument Names: arguments are defined by their field or directive.
/// https://spec.graphql.org/September2025/#sec-Argument-Names
/// </summary>
public sealed class KnownArgumentNamesRule : ValidationRule
{
    public override void EnterArgument(ValidationContext context, ArgumentNode node)
    {
        var typeInfo = context.TypeInfo;
        if (typeInfo.Argument is not null)
        {
            return;
        }

        var name = node.Name.Value;
        if (typeInfo.Directive is { } directive)
        {
            context.ReportError($"Unknown argument \"{name}\" on directive \"@{directive.Name}\"." + Suggest(name, directive.Arguments), node);
        }
        else if (!typeInfo.IsInDirective && typeInfo.FieldDefinition is { } field && typeInfo.ParentType is { } parent)
        {
            context.ReportError($"Unknown argument \"{name}\" on field \"{parent.Name}.{field.Name}\"." + Suggest(name, field.Arguments), node);
        }
    }

    private static string Suggest(string name, NamedCollection<ArgumentDefinition> arguments)
    {
        var names = new List<string>(arguments.Count);
        foreach (var argument in arguments)
        {
            names.Add(argument.Name);
        }

        return Suggestions.DidYouMean(Suggestions.List(name, names));
    }
}
