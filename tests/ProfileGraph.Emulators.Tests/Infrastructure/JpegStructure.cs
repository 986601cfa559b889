namespace ProfileGraph.Emulators.Tests.Infrastructure;

/// <summary>Walks a JPEG's marker segments the way a decoder does, and reads the frame size.</summary>
public static class JpegStructure
{
    public static (int Width, int Height) Dimensions(byte[] jpeg)
    {
        Assert.Equal([0xFF, 0xD8], jpeg[..2]);
        Assert.Equal([0xFF, 0xD9], jpeg[^2..]);
        var position = 2;
        (int, int)? size = null;
        var sawScan = false;
        while (!sawScan)
        {
            Assert.Equal(0xFF, jpeg[position]);
            var marker = jpeg[position + 1];
            var length = (jpeg[position + 2] << 8) | jpeg[position + 3];
            if (marker == 0xC0)
            {
                size = ((jpeg[position + 7] << 8) | jpeg[position + 8], (jpeg[position + 5] << 8) | jpeg[position + 6]);
            }

            sawScan = marker == 0xDA;
            position += 2 + length;
        }

        // Inside the entropy-coded scan every 0xFF is stuffed with 0x00 until the end marker.
        for (; position < jpeg.Length - 2; position++)
        {
            if (jpeg[position] == 0xFF)
            {
                Assert.Equal(0x00, jpeg[++position]);
            }
        }

        Assert.NotNull(size);
        return size.Value;
    }
}
