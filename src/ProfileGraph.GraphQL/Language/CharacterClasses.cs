namespace ProfileGraph.GraphQL.Language;

/// <summary>The byte classes of the lexical grammar (spec §2.1), as lookups rather than comparisons.</summary>
internal static class CharacterClasses
{
    private const byte NameStart = 1;
    private const byte NameContinue = 2;
    private const byte Digit = 4;

    // One entry per byte value, so a byte indexes it without a range check.
    private static readonly byte[] Classes = BuildClasses();

    public static bool IsDigit(int code) => (uint)code < (uint)Classes.Length && (Classes[code] & Digit) != 0;

    public static bool IsNameStart(int code) => (uint)code < (uint)Classes.Length && (Classes[code] & NameStart) != 0;

    public static bool IsNameStart(byte code) => (Classes[code] & NameStart) != 0;

    public static bool IsNameContinue(byte code) => (Classes[code] & NameContinue) != 0;

    public static int HexValue(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private static byte[] BuildClasses()
    {
        var classes = new byte[256];
        for (var c = 'a'; c <= 'z'; c++)
        {
            classes[c] = NameStart | NameContinue;
            classes[char.ToUpperInvariant(c)] = NameStart | NameContinue;
        }

        classes['_'] = NameStart | NameContinue;
        for (var c = '0'; c <= '9'; c++)
        {
            classes[c] = NameContinue | Digit;
        }

        return classes;
    }
}
