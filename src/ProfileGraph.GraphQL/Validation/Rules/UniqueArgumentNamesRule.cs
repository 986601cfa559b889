using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.4.2 Argument Uniqueness: a field or directive is given each argument once.
/// https://spec.graphql.org/September2025/#sec-Argument-Uniqueness
/// </summary>
public sealed class UniqueArgumentNamesRule : ValidationRule
{
    public override void EnterArguments(ValidationContext context, IReadOnlyList<ArgumentNode> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            var name = arguments[i].Name.Value;
            var isFirst = true;
            for (var j = 0; j < i && isFirst; j++)
            {
                isFirst = arguments[j].Name.Value != name;
            }

            if (!isFirst)
            {
                continue;
            }

            List<SyntaxNode>? names = null;
            for (var j = i + 1; j < arguments.Count; j++)
            {
                if (arguments[j].Name.Value == name)
                {
                    names ??= [arguments[i].Name];
                    names.Add(arguments[j].Name);
                }
            }

            if (names is not null)
            {
                context.ReportError($"There can be only one argument named \"{name}\".", names);
            }
        }
    }
}
