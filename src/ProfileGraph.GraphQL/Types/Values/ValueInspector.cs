using System.Collections;
using System.Globalization;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>Formats runtime values for error messages the way graphql-js's <c>inspect</c> does.</summary>
internal static class ValueInspector
{
    public static string Inspect(object? value) => value switch
    {
        null => "null",
        string s => SyntaxPrinter.PrintString(s),
        bool b => b ? "true" : "false",
        double d => JsNumber.Format(d),
        float f => JsNumber.Format(f),
        IFormattable number and (int or long or short or byte or sbyte or uint or ulong or ushort or decimal) =>
            number.ToString(null, CultureInfo.InvariantCulture),
        IDictionary dictionary => dictionary.Count == 0
            ? "{}"
            : "{ " + string.Join(", ", dictionary.Keys.Cast<object>().Select(k => k + ": " + Inspect(dictionary[k]))) + " }",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Inspect)) + "]",
        _ => value.ToString() ?? value.GetType().Name,
    };
}
