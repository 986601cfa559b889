namespace ProfileGraph.Server.Filtering;

/// <summary>The <c>StringFilter</c> input: conditions on one text value, all of which must hold.</summary>
public sealed record StringFilter(string? Eq = null, string? Contains = null, string? StartsWith = null)
{
    /// <summary>True when the value meets every given condition; a missing value meets none.</summary>
    public bool Matches(string? value)
    {
        if (Eq is null && Contains is null && StartsWith is null)
        {
            return true;
        }

        return value is not null
            && (Eq is null || string.Equals(value, Eq, StringComparison.Ordinal))
            && (Contains is null || value.Contains(Contains, StringComparison.OrdinalIgnoreCase))
            && (StartsWith is null || value.StartsWith(StartsWith, StringComparison.OrdinalIgnoreCase));
    }
}
