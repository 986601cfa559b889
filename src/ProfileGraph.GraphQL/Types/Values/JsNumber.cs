using System.Globalization;

namespace ProfileGraph.GraphQL.Types;

/// <summary>Prints doubles as JavaScript's <c>String(number)</c> does, so printed defaults and messages match graphql-js.</summary>
internal static class JsNumber
{
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        var absolute = Math.Abs(value);
        if (absolute != 0 && (absolute >= 1e21 || absolute < 1e-6))
        {
            // .NET's shortest round-trip form is already in exponent notation in this range: 1E+21, 1.5E-07.
            var parts = value.ToString("R", CultureInfo.InvariantCulture).Split('E');
            var power = int.Parse(parts[1], CultureInfo.InvariantCulture);
            return parts[0] + "e" + (power >= 0 ? "+" : "-") + Math.Abs(power).ToString(CultureInfo.InvariantCulture);
        }

        // Fixed notation with the shortest digits that round-trip.
        return value.ToString("0.#####################", CultureInfo.InvariantCulture) is var fixedText
            && double.Parse(fixedText, CultureInfo.InvariantCulture) == value
            ? fixedText
            : value.ToString("R", CultureInfo.InvariantCulture);
    }
}
