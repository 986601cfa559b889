namespace ProfileGraph.Emulators.Data;

/// <summary>
/// A small set of real 32x32 JPEG avatars (a head and shoulders on a gradient), made once and shared
/// by all nandbox users: the data set stays small and its generation fast.
/// </summary>
internal static class AvatarThumbnails
{
    public const int Size = 32;

    private static readonly (int Top, int Bottom, int Figure)[] Palettes =
    [
        (0x1E3A8A, 0x60A5FA, 0xFDE68A), (0x7C2D12, 0xFB923C, 0xFFF7ED), (0x14532D, 0x4ADE80, 0xF0FDF4),
        (0x581C87, 0xC084FC, 0xFAE8FF), (0x0F172A, 0x475569, 0xE2E8F0), (0x831843, 0xF472B6, 0xFFE4E6),
        (0x134E4A, 0x2DD4BF, 0xCCFBF1), (0x713F12, 0xFACC15, 0x1C1917), (0x1F2937, 0x9CA3AF, 0xFCA5A5),
        (0x3F6212, 0xA3E635, 0x052E16), (0x0C4A6E, 0x38BDF8, 0xFEF3C7), (0x4C0519, 0xFB7185, 0xECFEFF),
    ];

    private static readonly Lazy<byte[][]> Images = new(() => [.. Palettes.Select(Draw)]);

    public static int Count => Palettes.Length;

    public static byte[] Get(int variant) => Images.Value[variant % Count];

    private static byte[] Draw((int Top, int Bottom, int Figure) palette) =>
        JpegEncoder.Encode(Size, Size, (x, y) =>
        {
            var head = Square(x - 16) + Square(y - 12) <= Square(7);
            var shoulders = Square(x - 16) / 144.0 + Square(y - 33) / 100.0 <= 1;
            return head || shoulders ? palette.Figure : Blend(palette.Top, palette.Bottom, (x + y) / (2.0 * (Size - 1)));
        });

    private static int Square(int value) => value * value;

    private static int Blend(int from, int to, double amount)
    {
        var result = 0;
        for (var shift = 16; shift >= 0; shift -= 8)
        {
            var a = (from >> shift) & 0xFF;
            var b = (to >> shift) & 0xFF;
            result |= (int)Math.Round(a + ((b - a) * amount)) << shift;
        }

        return result;
    }
}
