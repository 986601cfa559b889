namespace ProfileGraph.People.Evidence;

/// <summary>E-mail addresses compared as providers treat them: trimmed and without regard to case.</summary>
public static class EmailAddresses
{
    /// <summary>The address lowercased, or null when it is not one (no single <c>@</c> with text on both sides).</summary>
    public static string? Normalize(string? text)
    {
        var address = text?.Trim();
        if (string.IsNullOrEmpty(address))
        {
            return null;
        }

        var at = address.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < address.Length - 1 && address.IndexOf('@', at + 1) < 0 && !address.Any(char.IsWhiteSpace)
            ? address.ToLowerInvariant()
            : null;
    }
}
