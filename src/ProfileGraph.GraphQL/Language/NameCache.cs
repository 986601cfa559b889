using System.Buffers.Binary;
using System.Text;

namespace ProfileGraph.GraphQL.Language;

/// <summary>
/// Turns the UTF-8 bytes of a name (or of a number, ASCII too) into a string, sharing one instance per distinct
/// name: documents repeat the same field and type names, so this saves most name allocations. Direct-mapped and
/// fixed in size, so hostile input can only evict entries, never grow it; a torn read is impossible since entries
/// are immutable objects swapped atomically.
/// </summary>
internal static class NameCache
{
    private const int SlotBits = 12;
    private const int Size = 1 << SlotBits;
    private const int MaxCachedLength = 64;
    private static readonly Entry?[] Entries = new Entry?[Size];

    public static string Get(ReadOnlySpan<byte> name)
    {
        if (name.Length > MaxCachedLength)
        {
            return Encoding.ASCII.GetString(name);
        }

        var key = new Key(name);
        var slot = key.Slot;
        var cached = Volatile.Read(ref Entries[slot]);
        if (cached is not null && cached.Key == key && (name.Length <= Key.ExactLength || Ascii.Equals(name, cached.Name)))
        {
            return cached.Name;
        }

        var created = Encoding.ASCII.GetString(name);
        Volatile.Write(ref Entries[slot], new Entry(key, created));
        return created;
    }

    /// <summary>The slot a name takes, for tests of the hash.</summary>
    internal static int SlotOf(ReadOnlySpan<byte> name) => new Key(name).Slot;

    private sealed record Entry(Key Key, string Name);

    /// <summary>
    /// A name's length and its first and last eight bytes, overlapping when it is shorter: the whole name up to
    /// 16 bytes, which most names are, so comparing keys compares names without a loop over their characters.
    /// </summary>
    private readonly record struct Key
    {
        public const int ExactLength = 2 * sizeof(ulong);

        private readonly ulong _head;
        private readonly ulong _tail;
        private readonly int _length;

        public Key(ReadOnlySpan<byte> name)
        {
            _length = name.Length;
            if (name.Length >= sizeof(ulong))
            {
                _head = BinaryPrimitives.ReadUInt64LittleEndian(name);
                _tail = BinaryPrimitives.ReadUInt64LittleEndian(name[^sizeof(ulong)..]);
            }
            else if (name.Length >= sizeof(uint))
            {
                // Two overlapping reads, the second shifted into place, pack the bytes exactly.
                _head = BinaryPrimitives.ReadUInt32LittleEndian(name)
                    | ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(name[^sizeof(uint)..]) << (8 * (name.Length - sizeof(uint))));
            }
            else if (!name.IsEmpty)
            {
                _head = name[0] | ((ulong)name[name.Length / 2] << (8 * (name.Length / 2))) | ((ulong)name[^1] << (8 * (name.Length - 1)));
            }
        }

        // Multiplicative hashing: the top bits of a product depend on every bit of the factor, so the slot is
        // taken from the top (generated names that differ only in a last digit must not share one).
        public int Slot => (int)(((_head * 0x9E3779B97F4A7C15) ^ ((_tail ^ (ulong)_length) * 0xC2B2AE3D27D4EB4F)) >> (64 - SlotBits));
    }
}
