using System.Collections.Concurrent;

namespace ProfileGraph.Server.Graph.Photos;

/// <summary>
/// The bytes of the photos this service serves, kept from the provider answers that carried them. Bounded: when
/// full it forgets everything and refills, since any photo can be fetched again by its ID.
/// </summary>
public sealed class PhotoStore(int capacity = 10_000)
{
    private readonly ConcurrentDictionary<string, byte[]> _photos = new(StringComparer.Ordinal);

    public void Set(string id, byte[] bytes)
    {
        if (_photos.Count >= capacity)
        {
            _photos.Clear();
        }

        _photos[id] = bytes;
    }

    public byte[]? Get(string id) => _photos.GetValueOrDefault(id);
}
