namespace ProfileGraph.GraphQL.Types;

/// <summary>The CLR numbers scalars accept, seen as doubles (exact for every value an Int or ID can hold).</summary>
internal static class ClrNumbers
{
    public static bool TryGetDouble(object? value, out double number)
    {
        switch (value)
        {
            case int or long or short or byte or sbyte or uint or ulong or ushort or float or double or decimal:
                number = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
                return true;
            default:
                number = 0;
                return false;
        }
    }

    public static bool IsNumberType(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) || type == typeof(sbyte)
        || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(float) || type == typeof(double)
        || type == typeof(decimal);

    public static bool IsIntegral(double number) => double.IsFinite(number) && Math.Floor(number) == number;
}
