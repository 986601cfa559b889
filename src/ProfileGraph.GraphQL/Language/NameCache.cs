using System.Buffers.Binary;
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

    // The first and last eight bytes of the name (overlapping when it is shorter) and its length: a few
    // multiplications, where a byte-by-byte hash is a chain of one per byte. Names sharing those bytes only
    // share a slot, which costs a miss, never a wrong name.
    private static uint Hash(ReadOnlySpan<byte> name)
    {
        ulong head;
        ulong tail;
        if (name.Length >= sizeof(ulong))
        {
            head = BinaryPrimitives.ReadUInt64LittleEndian(name);
            tail = BinaryPrimitives.ReadUInt64LittleEndian(name[^sizeof(ulong)..]);
        }
        else if (name.Length >= sizeof(uint))
        {
            head = BinaryPrimitives.ReadUInt32LittleEndian(name);
            tail = BinaryPrimitives.ReadUInt32LittleEndian(name[^sizeof(uint)..]);
        }
        else
        {
            head = name.IsEmpty ? 0u : name[0] | ((ulong)name[name.Length / 2] << 8) | ((ulong)name[^1] << 16);
            tail = 0;
        }

        var mixed = (head * 0x9E3779B97F4A7C15) ^ (tail * 0xC2B2AE3D27D4EB4F) ^ (ulong)name.Length;
        return (uint)(mixed >> 32);
    }

    private static bool Matches(string cached, ReadOnlySpan<byte> name) =>
        cached.Length == name.Length && Ascii.Equals(name, cached);
}
