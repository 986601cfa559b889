namespace ProfileGraph.Emulators.Data;

/// <summary>
/// A minimal baseline JPEG encoder (JFIF, YCbCr 4:4:4, one quantisation table, one pair of Huffman
/// tables) for the small avatar thumbnails of the nandbox data set: real files any decoder accepts,
/// made in code so the data set needs no binary assets. Sizes must be multiples of 8.
/// </summary>
internal static class JpegEncoder
{
    private const int BlockSize = 8;
    private const int AcSymbolCodeLength = 8;
    private const int DcSymbolCodeLength = 4;

    // The example luminance table of ITU T.81 Annex K, in natural (row-major) order.
    private static readonly byte[] Quantization =
    [
        16, 11, 10, 16, 24, 40, 51, 61,
        12, 12, 14, 19, 26, 58, 60, 55,
        14, 13, 16, 24, 40, 57, 69, 56,
        14, 17, 22, 29, 51, 87, 80, 62,
        18, 22, 37, 56, 68, 109, 103, 77,
        24, 35, 55, 64, 81, 104, 113, 92,
        49, 64, 78, 87, 103, 121, 120, 101,
        72, 92, 95, 98, 112, 100, 103, 99,
    ];

    private static readonly int[] ZigZag = BuildZigZag();

    // Cosines of the forward DCT, [frequency, position].
    private static readonly double[,] Cosines = BuildCosines();

    // Every AC symbol gets an 8-bit code and every DC category a 4-bit one: not optimal, but a valid
    // prefix code (fewer symbols than codes, none all ones) that needs no memorised tables.
    private static readonly byte[] AcSymbols = BuildAcSymbols();
    private static readonly Dictionary<byte, int> AcCodes = AcSymbols.Select((symbol, code) => (symbol, code)).ToDictionary(p => p.symbol, p => p.code);
    private const int DcCategories = 12;

    /// <summary>Encodes rows of packed 0xRRGGBB pixels.</summary>
    public static byte[] Encode(int width, int height, Func<int, int, int> rgbAt)
    {
        if (width % BlockSize != 0 || height % BlockSize != 0 || width <= 0 || height <= 0)
        {
            throw new ArgumentException("width and height must be positive multiples of 8");
        }

        using var output = new MemoryStream();
        WriteHeaders(output, width, height);
        var bits = new BitWriter(output);
        var previousDc = new int[3];
        var block = new double[3][];
        for (var component = 0; component < 3; component++)
        {
            block[component] = new double[BlockSize * BlockSize];
        }

        for (var blockY = 0; blockY < height; blockY += BlockSize)
        {
            for (var blockX = 0; blockX < width; blockX += BlockSize)
            {
                FillBlocks(block, blockX, blockY, rgbAt);
                for (var component = 0; component < 3; component++)
                {
                    EncodeBlock(bits, block[component], ref previousDc[component]);
                }
            }
        }

        bits.Flush();
        output.Write([0xFF, 0xD9]);
        return output.ToArray();
    }

    private static void FillBlocks(double[][] block, int blockX, int blockY, Func<int, int, int> rgbAt)
    {
        for (var y = 0; y < BlockSize; y++)
        {
            for (var x = 0; x < BlockSize; x++)
            {
                var rgb = rgbAt(blockX + x, blockY + y);
                double r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
                var index = (y * BlockSize) + x;
                block[0][index] = (0.299 * r) + (0.587 * g) + (0.114 * b) - 128;
                block[1][index] = (-0.168736 * r) - (0.331264 * g) + (0.5 * b);
                block[2][index] = (0.5 * r) - (0.418688 * g) - (0.081312 * b);
            }
        }
    }

    private static void EncodeBlock(BitWriter bits, double[] samples, ref int previousDc)
    {
        var coefficients = QuantizedDct(samples);
        var dc = coefficients[0];
        var difference = dc - previousDc;
        previousDc = dc;
        var category = BitLength(difference);
        bits.Write(category, DcSymbolCodeLength);
        bits.Write(AdditionalBits(difference, category), category);

        var zeroRun = 0;
        for (var k = 1; k < BlockSize * BlockSize; k++)
        {
            var value = coefficients[ZigZag[k]];
            if (value == 0)
            {
                zeroRun++;
                continue;
            }

            for (; zeroRun > 15; zeroRun -= 16)
            {
                bits.Write(AcCodes[0xF0], AcSymbolCodeLength);
            }

            var size = BitLength(value);
            bits.Write(AcCodes[(byte)((zeroRun << 4) | size)], AcSymbolCodeLength);
            bits.Write(AdditionalBits(value, size), size);
            zeroRun = 0;
        }

        if (zeroRun > 0)
        {
            bits.Write(AcCodes[0x00], AcSymbolCodeLength);
        }
    }

    private static int[] QuantizedDct(double[] samples)
    {
        var result = new int[BlockSize * BlockSize];
        for (var v = 0; v < BlockSize; v++)
        {
            for (var u = 0; u < BlockSize; u++)
            {
                var sum = 0.0;
                for (var y = 0; y < BlockSize; y++)
                {
                    for (var x = 0; x < BlockSize; x++)
                    {
                        sum += samples[(y * BlockSize) + x] * Cosines[u, x] * Cosines[v, y];
                    }
                }

                var cu = u == 0 ? 1 / Math.Sqrt(2) : 1;
                var cv = v == 0 ? 1 / Math.Sqrt(2) : 1;
                var index = (v * BlockSize) + u;
                // Baseline AC magnitudes are at most 10 bits.
                result[index] = Math.Clamp((int)Math.Round(0.25 * cu * cv * sum / Quantization[index]), -1023, 1023);
            }
        }

        return result;
    }

    private static int BitLength(int value)
    {
        var magnitude = Math.Abs(value);
        var length = 0;
        for (; magnitude > 0; magnitude >>= 1)
        {
            length++;
        }

        return length;
    }

    // Negative values are sent as their ones' complement in `size` bits.
    private static int AdditionalBits(int value, int size) => value >= 0 ? value : value + (1 << size) - 1;

    private static void WriteHeaders(Stream output, int width, int height)
    {
        output.Write([0xFF, 0xD8]);
        output.Write([0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);

        output.Write([0xFF, 0xDB, 0x00, 0x43, 0x00]);
        for (var k = 0; k < BlockSize * BlockSize; k++)
        {
            output.WriteByte(Quantization[ZigZag[k]]);
        }

        output.Write([0xFF, 0xC0, 0x00, 0x11, 0x08, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 0x03]);
        output.Write([0x01, 0x11, 0x00, 0x02, 0x11, 0x00, 0x03, 0x11, 0x00]);

        WriteHuffmanTable(output, tableClassAndId: 0x00, DcSymbolCodeLength, Enumerable.Range(0, DcCategories).Select(i => (byte)i).ToArray());
        WriteHuffmanTable(output, tableClassAndId: 0x10, AcSymbolCodeLength, AcSymbols);

        output.Write([0xFF, 0xDA, 0x00, 0x0C, 0x03, 0x01, 0x00, 0x02, 0x00, 0x03, 0x00, 0x00, 0x3F, 0x00]);
    }

    private static void WriteHuffmanTable(Stream output, byte tableClassAndId, int codeLength, byte[] symbols)
    {
        var length = 2 + 1 + 16 + symbols.Length;
        output.Write([0xFF, 0xC4, (byte)(length >> 8), (byte)length, tableClassAndId]);
        for (var bitsLength = 1; bitsLength <= 16; bitsLength++)
        {
            output.WriteByte(bitsLength == codeLength ? (byte)symbols.Length : (byte)0);
        }

        output.Write(symbols);
    }

    private static byte[] BuildAcSymbols()
    {
        var symbols = new List<byte> { 0x00, 0xF0 };
        for (var run = 0; run < 16; run++)
        {
            for (var size = 1; size <= 10; size++)
            {
                symbols.Add((byte)((run << 4) | size));
            }
        }

        return [.. symbols];
    }

    private static double[,] BuildCosines()
    {
        var cosines = new double[BlockSize, BlockSize];
        for (var frequency = 0; frequency < BlockSize; frequency++)
        {
            for (var position = 0; position < BlockSize; position++)
            {
                cosines[frequency, position] = Math.Cos(((2 * position) + 1) * frequency * Math.PI / 16);
            }
        }

        return cosines;
    }

    private static int[] BuildZigZag()
    {
        var order = new int[BlockSize * BlockSize];
        var k = 0;
        for (var diagonal = 0; diagonal < (2 * BlockSize) - 1; diagonal++)
        {
            var low = Math.Max(0, diagonal - BlockSize + 1);
            var high = Math.Min(diagonal, BlockSize - 1);
            for (var step = low; step <= high; step++)
            {
                // Odd diagonals run down-left from the top row, even ones up-right from the left column.
                var row = diagonal % 2 == 1 ? step : diagonal - step;
                order[k++] = (row * BlockSize) + (diagonal - row);
            }
        }

        return order;
    }

    private sealed class BitWriter(Stream output)
    {
        private int _buffer;
        private int _count;

        public void Write(int value, int length)
        {
            for (var bit = length - 1; bit >= 0; bit--)
            {
                _buffer = (_buffer << 1) | ((value >> bit) & 1);
                if (++_count == 8)
                {
                    Emit();
                }
            }
        }

        /// <summary>Pads the last byte with ones, as the standard asks.</summary>
        public void Flush()
        {
            while (_count != 0)
            {
                Write(1, 1);
            }
        }

        private void Emit()
        {
            output.WriteByte((byte)_buffer);
            if (_buffer == 0xFF)
            {
                output.WriteByte(0x00);
            }

            _buffer = 0;
            _count = 0;
        }
    }
}
