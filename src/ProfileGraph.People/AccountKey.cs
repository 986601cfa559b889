using ProfileGraph.Providers;

namespace ProfileGraph.People;

/// <summary>One account of one provider, as the store keys it: <c>Slack:U0123</c>.</summary>
public readonly record struct AccountKey(Provider Provider, string Id)
{
    public override string ToString() => $"{Provider}:{Id}";

    /// <summary>The key <see cref="ToString"/> wrote; provider ids may hold colons, provider names do not.</summary>
    public static AccountKey Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && Enum.TryParse<Provider>(text.AsSpan(0, colon), out var provider)
            ? new AccountKey(provider, text[(colon + 1)..])
            : throw new FormatException($"\"{text}\" is not an account key.");
    }
}
