using System.Text;

namespace ProfileGraph.GraphQL.Language;

/// <summary>
/// Turns the UTF-8 bytes of a name into a string, sharing one instance per distinct name: documents repeat
/// the same field and type names, so this saves most name allocations. Direct-mapped and fixed in size,
/// so hostile input can only evict entries, never grow it; a torn read is impossible since entries are
/// immutable strings swapped atomically.
/// </summary>
internal static class NameCache
{
    private const int Size = 4096;
    private const int MaxCachedLength = 64;
    private static readonly string?[] Entries = new string?[Size];

    public static string Get(ReadOnlySpan<byte> name)
    {
        if (name.Length > MaxCachedLength)
        {
            return Encoding.ASCII.GetString(name);
        }

        var slot = (int)(Hash(name) & (Size - 1));
        var cached = Volatile.Read(ref Entries[slot]);
        if (cached is not null && Matches(cached, name))
        {
            return cached;
        }

        var created = Encoding.ASCII.GetString(name);
        Volatile.Write(ref Entries[slot], created);
        return created;
    }

    private static uint Hash(ReadOnlySpan<byte> name)
    {
        // FNV-1a: names are short, so a simple byte hash beats anything vectorized here.
        var hash = 2166136261u;
        foreach (var b in name)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }

    private static bool Matches(string cached, ReadOnlySpan<byte> name)
    {
        if (cached.Length != name.Length)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            if (cached[i] != name[i])
            {
                return false;
            }
        }

        return true;
    }
}
