using Microsoft.AspNetCore.Http;

namespace ProfileGraph.Server.Graph.Photos;

/// <summary>Absolute URLs of the photos this service serves, on the address the client used (or the configured one).</summary>
public sealed class PhotoLinks(Uri baseAddress)
{
    /// <summary>The configured public address, else the address <paramref name="request"/> came to (else the default one).</summary>
    public static PhotoLinks Of(Uri? configured, HttpRequest? request) => new(
        configured ?? (request is null ? new Uri("http://localhost:5000/") : new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/")));

    public string For(string photoId) => new Uri(baseAddress, "photos/" + photoId).AbsoluteUri;
}
