namespace ProfileGraph.Server.Graph.Users;

internal static class TextExtensions
{
    /// <summary>Providers send "" for "not set"; the graph says null.</summary>
    public static string? NullIfEmpty(this string? text) => string.IsNullOrEmpty(text) ? null : text;

    public static string? JoinNames(string? first, string? last) =>
        string.Join(" ", new[] { first, last }.Where(n => !string.IsNullOrEmpty(n))).NullIfEmpty();

    public static DateTimeOffset? FromUnixSeconds(long? seconds) => seconds is > 0 ? DateTimeOffset.FromUnixTimeSeconds(seconds.Value) : null;
}
