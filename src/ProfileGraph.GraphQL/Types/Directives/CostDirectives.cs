using System.Globalization;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// The GraphQL Cost Directives (IBM's spec, as HotChocolate and Apollo Federation apply them): <c>@cost(weight:)</c>
/// on fields, arguments, input fields, objects, scalars and enums, and <c>@listSize</c> on list fields. A schema
/// declares them with <see cref="Sdl"/> (weights as strings, the spec's form) or through Federation 2.9's
/// <c>@link</c> import (weights as integers); both are read here.
/// </summary>
public static class CostDirectives
{
    public const string Cost = "cost";
    public const string ListSize = "listSize";

    /// <summary>The spec's definitions, for a schema that is not a federation subgraph.</summary>
    public const string Sdl = """
        directive @cost(weight: String!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR

        directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
        """;

    /// <summary>The names the cost directives go by, for printing them where they apply.</summary>
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.Ordinal) { Cost, ListSize };

    /// <summary>The weight <c>@cost</c> gives <paramref name="element"/>, or null when it has none.</summary>
    public static double? WeightOf(IHasDirectives element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return element.GetDirective(Cost)?.GetArgument("weight") switch
        {
            IntValueNode number => double.Parse(number.Value, CultureInfo.InvariantCulture),
            FloatValueNode number => double.Parse(number.Value, CultureInfo.InvariantCulture),
            StringValueNode text when double.TryParse(text.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) => weight,
            _ => null,
        };
    }

    /// <summary>What <c>@listSize</c> says of <paramref name="field"/>, or null when it has none.</summary>
    public static ListSizeSettings? ListSizeOf(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.GetDirective(ListSize) is not { } directive)
        {
            return null;
        }

        return new ListSizeSettings(
            directive.GetArgument("assumedSize") is IntValueNode size ? int.Parse(size.Value, CultureInfo.InvariantCulture) : null,
            NamesIn(directive.GetArgument("slicingArguments")),
            NamesIn(directive.GetArgument("sizedFields")),
            directive.GetArgument("requireOneSlicingArgument") is not BooleanValueNode { Value: false });
    }

    private static string[] NamesIn(ValueNode? value) => value switch
    {
        ListValueNode list => [.. list.Values.OfType<StringValueNode>().Select(name => name.Value)],
        StringValueNode single => [single.Value],
        _ => [],
    };
}
