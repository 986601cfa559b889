namespace ProfileGraph.Server.Graph.Photos;

/// <summary>Absolute URLs of the photos this service serves, on the address the client used (or the configured one).</summary>
public sealed class PhotoLinks(Uri baseAddress)
{
    public string For(string photoId) => new Uri(baseAddress, "photos/" + photoId).AbsoluteUri;
}
