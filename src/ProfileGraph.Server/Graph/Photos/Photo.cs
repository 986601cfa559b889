namespace ProfileGraph.Server.Graph.Photos;

/// <summary>The <c>Photo</c> type: one picture in one size.</summary>
public sealed record Photo(string Id, string Url, int? Width = null, int? Height = null, Photo? Thumbnail = null)
{
    /// <summary>
    /// The smallest photo at least <paramref name="size"/> pixels wide, else the widest; without a size,
    /// <paramref name="preferred"/> (the provider's default size).
    /// </summary>
    public static Photo? Pick(IReadOnlyList<Photo> photos, int? size, Photo? preferred)
    {
        if (size is null)
        {
            return preferred ?? (photos.Count > 0 ? photos[^1] : null);
        }

        return photos.Where(p => p.Width >= size).MinBy(p => p.Width) ?? photos.MaxBy(p => p.Width ?? 0);
    }
}
