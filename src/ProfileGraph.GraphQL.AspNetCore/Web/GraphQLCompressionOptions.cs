namespace ProfileGraph.GraphQL.AspNetCore.Web;

/// <summary>
/// Compression of GraphQL responses (<c>GraphQL:Compression</c>): Brotli or gzip, as the client's
/// <c>Accept-Encoding</c> prefers, by ASP.NET Core's response compression providers, for responses of at least
/// <see cref="MinimumSize"/> bytes. Smaller responses are sent as they are, at no cost.
/// </summary>
public sealed class GraphQLCompressionOptions
{
    /// <summary>On by default.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The smallest response compressed, in bytes: 1,400 by default, about one TCP segment, below which compressing
    /// saves no round trip and costs the CPU time of an encoder.
    /// </summary>
    public int MinimumSize { get; set; } = 1400;
}
